# A dispatch table of functions.
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
       "*": lambda a, b: a * b, "/": lambda a, b: a / b}
for expr in ["3 + 4", "10 - 7", "6 * 7", "1 / 4", "2 ^ 3"]:
    a, op, b = expr.split()
    f = ops.get(op)
    print(expr, "=", f(int(a), int(b)) if f else "unknown operator")

# expect: 3 + 4 = 7
# expect: 10 - 7 = 3
# expect: 6 * 7 = 42
# expect: 1 / 4 = 0.25
# expect: 2 ^ 3 = unknown operator
