# 1, 1.0 and True are the same key; the first one stays.
s = {1, 1.0, True}
print(s, len(s))
s = {True, 1}
print(s)
s = {2.0, 2}
print(s)
s.add(0)
s.add(False)
print(s)
# expect: {1} 1
# expect: {True}
# expect: {2.0}
# expect: {0, 2.0}
