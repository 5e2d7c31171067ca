# Tuples compare lexicographically and are hashable if their items are.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 2) == (1, 2))
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
d = {(0, 0): "origin", (1, 0): "east"}
print(d[(0, 0)], d[1, 0])
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
print(hash((1, 2)) == hash((1, 2)))

# expect: True True True True
# expect: [(1, 'z'), (2, 'a'), (2, 'b')]
# expect: origin east
# expect: unhashable type: 'list'
# expect: True
