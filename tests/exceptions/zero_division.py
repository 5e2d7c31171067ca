# ZeroDivisionError messages for int and float division and modulo.
def show(f):
    try:
        f()
    except ZeroDivisionError as e:
        print(e)
show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: 1.0 / 0)
show(lambda: 1.0 // 0.0)
show(lambda: 1.0 % 0)
show(lambda: 0 ** -1)

# expect: division by zero
# expect: integer division or modulo by zero
# expect: integer modulo by zero
# expect: float division by zero
# expect: float floor division by zero
# expect: float modulo
# expect: 0.0 cannot be raised to a negative power
