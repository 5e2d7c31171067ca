# `in` hashes the key; a set key is looked up as a frozenset.
s = {1, 2, frozenset({3})}
print(1 in s, 5 in s, 2.0 in s, True in s)
print({3} in s, frozenset({3}) in s)
print(4 not in s)
# expect: True False True True
# expect: True True
# expect: True
