# Generator expressions capture variables lazily except the first iterable.
n = 3
g = (x * n for x in range(3))
n = 10
print(list(g))
xs = [1, 2]
g = (x for x in xs)
xs = [7, 8, 9]
print(list(g))

# expect: [0, 10, 20]
# expect: [1, 2]
