# Division by zero with big ints.
for f in (lambda: 2 ** 70 // 0, lambda: 2 ** 70 % 0, lambda: 2 ** 70 / 0, lambda: divmod(10 ** 20, 0)):
    try:
        f()
    except ZeroDivisionError as e:
        print(e)
# expect: integer division or modulo by zero
# expect: integer modulo by zero
# expect: division by zero
# expect: integer division or modulo by zero
