# Set comprehensions use SET_ADD: the same order as add().
print({x % 7 for x in range(30)})
print({x * 3 for x in range(12)})
print({(x, x) for x in range(3)} == {(0, 0), (1, 1), (2, 2)})
# expect: {0, 1, 2, 3, 4, 5, 6}
# expect: {0, 33, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30}
# expect: True
