# Sorting is stable: equal keys keep their order, enabling multi-pass sorts.
recs = [("b", 2), ("a", 1), ("c", 2), ("d", 1), ("e", 2)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
by_name = sorted(recs, key=lambda r: r[0], reverse=True)
print(sorted(by_name, key=lambda r: r[1]))

# expect: [('a', 1), ('d', 1), ('b', 2), ('c', 2), ('e', 2)]
# expect: [('b', 2), ('c', 2), ('e', 2), ('a', 1), ('d', 1)]
# expect: [('d', 1), ('a', 1), ('e', 2), ('c', 2), ('b', 2)]
