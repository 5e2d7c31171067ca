# The ~~~^~~~ markers under a failing binary operation.
def ratio(a, b):
    return a / b
def report(values):
    return ratio(values[0], values[1]) * 100
print(report([1, 2]))
print(report([3, 0]))

# expect runtime error: ZeroDivisionError: division by zero
# expect: 50.0
