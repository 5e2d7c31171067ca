# get, keys, values, items, pop, setdefault, update, in, and insertion order.
d = {"b": 2, "a": 1}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
d["c"] = 3
print(d.pop("b"), d, d.pop("zz", "default"))
print(d.setdefault("a", 100), d.setdefault("n", []), d)
d.update({"a": 10, "x": 0})
print(d, len(d), "x" in d, 0 in d)
for k, v in d.items():
    print(k, v)
e = d.copy()
e.clear()
print(e, d == e, {"a": 1} == {"a": 1})

# expect: 1 None 0
# expect: ['b', 'a'] [2, 1] [('b', 2), ('a', 1)]
# expect: dict_keys(['b', 'a']) dict_values([2, 1]) dict_items([('b', 2), ('a', 1)])
# expect: 2 {'a': 1, 'c': 3} default
# expect: 1 [] {'a': 1, 'c': 3, 'n': []}
# expect: {'a': 10, 'c': 3, 'n': [], 'x': 0} 4 True False
# expect: a 10
# expect: c 3
# expect: n []
# expect: x 0
# expect: {} False True
