# Comparing ints, floats, bools, strings, lists and tuples.
print(1 == 1.0, 1 < 1.5, 2 > 1.99, True == 1, False == 0, True + True)
print("abc" < "abd", "a" < "ab", "B" < "a", "" < "a")
print([1, 2] < [1, 3], [1, 2] == [1, 2], [1] < [1, 0], (1, 2) < (1, 2, 0))
print((1, "a") == (1, "a"), [1, 2] != [2, 1])
print(None == None, None == 0, 1 != 1.0, "1" == 1)
print(0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75)

# expect: True True True True True 2
# expect: True True True True
# expect: True True True True
# expect: True True
# expect: True False False False
# expect: False True
