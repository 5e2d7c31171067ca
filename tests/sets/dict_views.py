# dict key views support the set operators and return sets.
d = {1: 'a', 2: 'b', 3: 'c'}
print(d.keys() & {2, 3, 4})
print(d.keys() | {9})
print(d.keys() - {1})
print(d.keys() ^ {3, 4})
print({1, 5} | d.keys())
# expect: {2, 3}
# expect: {1, 2, 3, 9}
# expect: {2, 3}
# expect: {1, 2, 4}
# expect: {1, 2, 3, 5}
