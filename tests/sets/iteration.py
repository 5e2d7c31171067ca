# Iterating a set: table order; list() and sorted().
s = {40, 8, 3, 16}
for x in s:
    print(x)
print(list(s), sorted(s), sorted(s, reverse=True))
print(type(iter(s)).__name__)
# expect: 40
# expect: 8
# expect: 3
# expect: 16
# expect: [40, 8, 3, 16] [3, 8, 16, 40] [40, 16, 8, 3]
# expect: set_iterator
