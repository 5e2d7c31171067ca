# range() with bounds near the int64 limit.
r = range(2 ** 62, 2 ** 62 + 3)
print(list(r), len(r), 2 ** 62 + 1 in r, 2 ** 64 in r)
# expect: [4611686018427387904, 4611686018427387905, 4611686018427387906] 3 True False
