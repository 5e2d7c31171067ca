# * and ** unpacking in calls, several times in one call.
def f(a, b, c, d=0):
    return [a, b, c, d]
xs = [1, 2]
print(f(*xs, 3))
print(f(*[1], *(2, 3), 4))
print(f(*"ab", c="c"))
opts = {"c": 30, "d": 40}
print(f(1, 2, **opts))
print(f(**{"a": 1}, **{"b": 2, "c": 3}))
print(f(*range(3), **{"d": 9}))
print(*[1, 2, 3], sep=", ")

# expect: [1, 2, 3, 0]
# expect: [1, 2, 3, 4]
# expect: ['a', 'b', 'c', 0]
# expect: [1, 2, 30, 40]
# expect: [1, 2, 3, 0]
# expect: [0, 1, 2, 9]
# expect: 1, 2, 3
