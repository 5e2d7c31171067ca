# Tuple concatenation, repetition and membership.
t = (1, 2) + (3,)
print(t, t * 2, 2 in t, (1, 2) in [t, (1, 2)])
try:
    (1,) + [2]
except TypeError as e:
    print(e)
t += (4,)
print(t)

# expect: (1, 2, 3) (1, 2, 3, 1, 2, 3) True True
# expect: can only concatenate tuple (not "list") to tuple
# expect: (1, 2, 3, 4)
