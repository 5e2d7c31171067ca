# not binds tighter than and, which binds tighter than or.
print(True or False and False)
print((True or False) and False)
print(not True or True, not (True or True))
print(not 1 == 2, (not 1) == 2)
print(1 < 2 and 2 < 3 or 0)
print(not not 0, not not "x")

# expect: True
# expect: False
# expect: True False
# expect: True False
# expect: True
# expect: False True
