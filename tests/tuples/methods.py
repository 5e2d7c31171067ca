# count and index on tuples.
t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.index(3), t.index(2, 2))
try:
    t.index(9)
except ValueError as e:
    print(e)

# expect: 3 2 3
# expect: tuple.index(x): x not in tuple
