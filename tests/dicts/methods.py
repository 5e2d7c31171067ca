# get, setdefault, pop, popitem, update, clear, copy, fromkeys.
d = {"a": 1}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("b", []), d.setdefault("a", 99), d)
d["b"].append(1)
print(d.pop("a"), d.pop("missing", "dflt"), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
print(d.popitem(), d)
e = d.copy()
d.clear()
print(d, e)
print(dict.fromkeys("abc", 0), dict.fromkeys([1, 2]))

# expect: 1 None 0
# expect: [] 1 {'a': 1, 'b': []}
# expect: 1 dflt {'b': [1]}
# expect: {'b': [1], 'x': 1, 'y': 2, 'z': 3}
# expect: ('z', 3) {'b': [1], 'x': 1, 'y': 2}
# expect: {} {'b': [1], 'x': 1, 'y': 2}
# expect: {'a': 0, 'b': 0, 'c': 0} {1: None, 2: None}
