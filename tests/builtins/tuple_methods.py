# Tuples: count, index, comparison, concatenation, and immutability.
t = (1, 2, 2, 3)
print(t.count(2), t.index(3), len(t), t + (4,), t[1:3])
try:
    t[0] = 9
except TypeError as e:
    print(e)
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1,) * 2)

# expect: 2 3 4 (1, 2, 2, 3, 4) (2, 2)
# expect: 'tuple' object does not support item assignment
# expect: True True (1, 1)
