# repr of dicts with various key and value types.
print({"a": "b", 1: [1, 2], (1, "x"): None, 2.5: {"n": {}}})
print(repr({}), str({"q": "it's"}))

# expect: {'a': 'b', 1: [1, 2], (1, 'x'): None, 2.5: {'n': {}}}
# expect: {} {'q': "it's"}
