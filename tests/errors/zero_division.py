# The three ZeroDivisionError messages and an uncaught one.
def show(f):
    try:
        f()
    except ZeroDivisionError as e:
        print(e)
show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: 1.0 / 0)
show(lambda: divmod(1, 0))
show(lambda: 0 ** -1)
def average(xs):
    return sum(xs) / len(xs)
print(average([1, 2]))
print(average([]))

# expect runtime error: ZeroDivisionError: division by zero
# expect: division by zero
# expect: integer division or modulo by zero
# expect: integer modulo by zero
# expect: float division by zero
# expect: integer division or modulo by zero
# expect: 0.0 cannot be raised to a negative power
# expect: 1.5
