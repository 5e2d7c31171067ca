# frozenset: hashable, immutable, repr frozenset({...}).
f = frozenset([3, 1, 2])
print(f, frozenset(), len(f))
print(hash(f) == hash(frozenset({1, 2, 3})))
d = {f: "x"}
print(d[frozenset([1, 2, 3])])
print(frozenset(f) is f, f.copy() is f)
# expect: frozenset({1, 2, 3}) frozenset() 3
# expect: True
# expect: x
# expect: True True
