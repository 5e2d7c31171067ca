# Dict equality ignores order; | and |= merge (3.9+).
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b), a != {"x": 1})
c = a | {"z": 3, "x": 0}
print(c)
a |= {"w": 9}
print(a)
print({**a, "y": 20, **{"q": 1}})

# expect: True False True
# expect: {'x': 0, 'y': 2, 'z': 3}
# expect: {'x': 1, 'y': 2, 'w': 9}
# expect: {'x': 1, 'y': 20, 'w': 9, 'q': 1}
