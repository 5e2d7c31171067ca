# A traceback for an expression spanning several lines.
def f(a, b):
    return a + b
values = [1, 2, "3"]
total = f(
    values[0],
    values[2],
)

# expect runtime error: TypeError: unsupported operand type(s) for +: 'int' and 'str'
