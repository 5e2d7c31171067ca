# Tuples cannot be changed, but contained lists can.
t = (1, [2, 3])
try:
    t[0] = 9
except TypeError as e:
    print(e)
try:
    t.append(4)
except AttributeError as e:
    print(e)
t[1].append(4)
print(t)
try:
    t[1] += [5]
except TypeError as e:
    print(e)
print(t)

# expect: 'tuple' object does not support item assignment
# expect: 'tuple' object has no attribute 'append'
# expect: (1, [2, 3, 4])
# expect: 'tuple' object does not support item assignment
# expect: (1, [2, 3, 4, 5])
