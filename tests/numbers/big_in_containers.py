# Big ints as set members, dict keys and tuple items.
s = {2 ** 64, 2 ** 64 + 1, 1}
print(2 ** 64 in s, len(s), sorted(s))
t = (2 ** 70, -1)
print(t, t == (2 ** 70, -1), hash(t) == hash((2 ** 70, -1)))
# expect: True 3 [1, 18446744073709551616, 18446744073709551617]
# expect: (1180591620717411303424, -1) True True
