# Methods as values and the unbound form.
s = {1, 2}
add = s.add
add(3)
print(s)
set.add(s, 4)
print(s, set.union({1}, {2}))
print(repr(set.add))
# expect: {1, 2, 3}
# expect: {1, 2, 3, 4} {1, 2}
# expect: <method 'add' of 'set' objects>
