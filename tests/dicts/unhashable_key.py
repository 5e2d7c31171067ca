# Lists and dicts cannot be keys; tuples of hashables can.
d = {}
try:
    d[[1, 2]] = 1
except TypeError as e:
    print(e)
try:
    d[{}] = 1
except TypeError as e:
    print(e)
d[(1, 2)] = "tuple ok"
d[1.0] = "float"
print(d, d[1], d[True])
try:
    d[(1, [2])] = 0
except TypeError as e:
    print(e)

# expect: unhashable type: 'list'
# expect: unhashable type: 'dict'
# expect: {(1, 2): 'tuple ok', 1.0: 'float'} float float
# expect: unhashable type: 'list'
