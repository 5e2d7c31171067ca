# An exception raised inside a comprehension propagates out of it.
def inv(x):
    return 1 / x
try:
    print([inv(x) for x in [2, 1, 0, 4]])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    {k: {}[k] for k in "a"}
except KeyError as e:
    print("KeyError:", e)

# expect: ZeroDivisionError: division by zero
# expect: KeyError: 'a'
