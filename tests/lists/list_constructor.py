# list() from different iterables.
print(list(), list("abc"), list(range(3)), list((1, 2)), list({"a": 1, "b": 2}))
print(list(x * 2 for x in range(3)), list(map(abs, [-1, 2])))
try:
    list(5)
except TypeError as e:
    print(e)

# expect: [] ['a', 'b', 'c'] [0, 1, 2] [1, 2] ['a', 'b']
# expect: [0, 2, 4] [1, 2]
# expect: 'int' object is not iterable
