# Creating, reading, updating and deleting dict entries.
d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"])
del d["b"]
print(d, "b" in d, "c" in d, 3 in d)
print(dict(x=1, y=2), dict([("k", "v")]), dict({"z": 0}, w=1), {})

# expect: {'a': 10, 'b': 2, 'c': 3} 3 2
# expect: {'a': 10, 'c': 3} False True False
# expect: {'x': 1, 'y': 2} {'k': 'v'} {'z': 0, 'w': 1} {}
