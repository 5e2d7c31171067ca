# Errors when unpacking in calls.
def f(a, b):
    return a + b
try:
    f(*[1, 2, 3])
except TypeError as e:
    print(e)
try:
    f(1, **{"a": 2})
except TypeError as e:
    print(e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)

# expect: f() takes 2 positional arguments but 3 were given
# expect: f() got multiple values for argument 'a'
# expect: __main__.f() got multiple values for keyword argument 'a'
# expect: __main__.f() argument after * must be an iterable, not int
# expect: __main__.f() argument after ** must be a mapping, not list
