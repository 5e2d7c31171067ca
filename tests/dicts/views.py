# keys(), values(), items() are live views.
d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d["c"] = 3
print(list(k), list(v), list(i), len(k))
print("a" in k, 2 in v, ("b", 2) in i, ("b", 3) in i)
print(sorted(d.keys() & {"a", "c", "x"}), sorted(d.keys() - {"a"}))
print(list(reversed(d.keys())))

# expect: dict_keys(['a', 'b']) dict_values([1, 2]) dict_items([('a', 1), ('b', 2)])
# expect: ['a', 'b', 'c'] [1, 2, 3] [('a', 1), ('b', 2), ('c', 3)] 3
# expect: True True True False
# expect: ['a', 'c'] ['b', 'c']
# expect: ['c', 'b', 'a']
