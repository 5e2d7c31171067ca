# Nested frozensets as keys.
f = frozenset([frozenset([1, 2]), frozenset([3])])
print(frozenset([2, 1]) in f, len(f))
print(hash(f) == hash(frozenset([frozenset([3]), frozenset([1, 2])])))
# expect: True 2
# expect: True
