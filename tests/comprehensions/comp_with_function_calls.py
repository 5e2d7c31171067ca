# Comprehension conditions calling functions, evaluated in order.
def check(x):
    print("check", x)
    return x % 2 == 1
print([x * 10 for x in range(5) if check(x)])

# expect: check 0
# expect: check 1
# expect: check 2
# expect: check 3
# expect: check 4
# expect: [10, 30]
