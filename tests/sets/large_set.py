# A few hundred items: several resizes, order of a filtered set.
s = set(range(0, 1000, 7))
print(len(s), min(s), max(s))
t = {x for x in s if x % 3 == 0}
print(len(t), sorted(t)[:5])
s.difference_update(range(0, 1000, 2))
print(len(s), list(s)[:10])
# expect: 143 0 994
# expect: 48 [0, 21, 42, 63, 84]
# expect: 71 [7, 525, 21, 539, 35, 553, 49, 567, 63, 581]
