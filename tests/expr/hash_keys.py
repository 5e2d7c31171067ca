# Equal numbers are the same dict key: 1, 1.0 and True.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d[(1, 2)] = "tuple"
print(d[(1, 2)], (1, 2) in d, [1, 2] == [1, 2])

# expect: {1: 'bool'} 1
# expect: tuple True True
