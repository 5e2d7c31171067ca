# Identifiers: underscores, digits, case, and names that start like keywords.
_x = 1
x_1 = 2
X = 3
iffy = 4
format_ = 5
__dunder__ = 6
print(_x, x_1, X, iffy, format_, __dunder__)
print(None, True, False)
not_ = 7
print(not_, not False)

# expect: 1 2 3 4 5 6
# expect: None True False
# expect: 7 True
