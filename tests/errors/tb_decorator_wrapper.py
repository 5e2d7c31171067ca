# A traceback through a decorator's wrapper function.
def logged(fn):
    def wrapper(*args):
        print("calling", fn.__name__, args)
        return fn(*args)
    return wrapper
@logged
def divide(a, b):
    return a // b
print(divide(7, 2))
divide(1, 0)

# expect runtime error: ZeroDivisionError: integer division or modulo by zero
# expect: calling divide (7, 2)
# expect: 3
# expect: calling divide (1, 0)
