# None, True and False: repr, str, and arithmetic on bools.
print(None, repr(None), str(None))
print(True, False, repr(True), str(False))
print(True + True, True * 10, False - 1, True / 2)
print(True == 1, False == 0, True is True, 1 == True == 1.0)
print(bool(0), bool(1), bool(""), bool("a"), bool(None), bool([]), bool([0]))

# expect: None None None
# expect: True False True False
# expect: 2 10 -1 0.5
# expect: True True True True
# expect: False True False True False False True
