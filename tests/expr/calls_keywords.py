# Calls with positional, keyword and default arguments.
def f(a, b=2, c=3):
    return a * 100 + b * 10 + c
print(f(1))
print(f(1, 5))
print(f(1, c=9))
print(f(c=7, a=4))
print(f(1, 2, 3), f(a=1, b=2, c=3))
print("x", "y", sep="-", end="!\n")

# expect: 123
# expect: 153
# expect: 129
# expect: 427
# expect: 123 123
# expect: x-y!
