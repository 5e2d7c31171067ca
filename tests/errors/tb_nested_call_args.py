# Markers when the failing call is nested in another call's arguments.
def inner(x):
    return int(x)
def outer(a, b):
    return a + b
print(outer(inner("1"), inner("2")))
print(outer(inner("1"), inner("two")))

# expect runtime error: ValueError: invalid literal for int() with base 10: 'two'
# expect: 3
