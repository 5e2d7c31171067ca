# Dict literals keep insertion order; later duplicate keys win.
print({})
print({"a": 1, "b": 2})
print({1: "one", 2.5: "float", "s": [1], (1, 2): "tuple", None: 0})
print({"a": 1, "a": 2})
d = {"x": 1}
d["y"] = 2
d["x"] = 3
print(d, len(d))
print(dict(a=1, b=2), dict([("k", "v")]))

# expect: {}
# expect: {'a': 1, 'b': 2}
# expect: {1: 'one', 2.5: 'float', 's': [1], (1, 2): 'tuple', None: 0}
# expect: {'a': 2}
# expect: {'x': 3, 'y': 2} 2
# expect: {'a': 1, 'b': 2} {'k': 'v'}
