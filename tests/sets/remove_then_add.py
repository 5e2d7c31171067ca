# A removed slot becomes a dummy that a later add may reuse.
s = {1, 9, 17}
print(s)
s.remove(9)
print(s)
s.add(25)
print(s)
s.add(9)
print(s)
# expect: {1, 9, 17}
# expect: {1, 17}
# expect: {1, 25, 17}
# expect: {1, 9, 25, 17}
