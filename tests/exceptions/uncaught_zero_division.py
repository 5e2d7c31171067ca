# Dividing by zero inside nested calls.
# expect runtime error: ZeroDivisionError: division by zero
def ratio(a, b):
    return a / b
def report(a, b):
    print("ratio is", ratio(a, b))
report(1, 2)
report(1, 0)

# expect: ratio is 0.5
