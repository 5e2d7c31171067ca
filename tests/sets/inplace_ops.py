# |= &= -= ^= change the set itself.
s = {1, 2, 3}
t = s
s |= {4, 5}
print(s, t is s)
s &= {1, 3, 5, 7}
print(s, t is s)
s -= {1}
print(s, t is s)
s ^= {5, 6}
print(s, t is s)
# expect: {1, 2, 3, 4, 5} True
# expect: {1, 3, 5} True
# expect: {3, 5} True
# expect: {3, 6} True
