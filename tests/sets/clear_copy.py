# clear() empties; copy() is a new set with the same items.
s = {4, 2, 9}
c = s.copy()
s.clear()
print(s, c, len(s), len(c), c is s)
c.add(1)
print(c)
# expect: set() {9, 2, 4} 0 3 False
# expect: {9, 2, 4, 1}
