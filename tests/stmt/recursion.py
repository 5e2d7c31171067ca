# Recursive functions: factorial, fibonacci, mutual recursion.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
print(fact(0), fact(5), fact(20))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
for i in range(12):
    print(fib(i), end=",")
print()
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))

# expect: 1 120 2432902008176640000
# expect: 0,1,1,2,3,5,8,13,21,34,55,89,
# expect: True True False
# expect: 500
