# enumerate, zip, reversed, list(), tuple() over common iterables.
for i, ch in enumerate("ab"):
    print(i, ch)
for i, v in enumerate([10, 20], 1):
    print(i, v)
print(list(zip([1, 2, 3], "ab")))
print(list(reversed([1, 2, 3])), list(reversed("abc")))
print(list(enumerate(["x"])), tuple(range(3)))
print(any([0, "", 1]), all([1, "a"]), all([]), any([]))

# expect: 0 a
# expect: 1 b
# expect: 1 10
# expect: 2 20
# expect: [(1, 'a'), (2, 'b')]
# expect: [3, 2, 1] ['c', 'b', 'a']
# expect: [(0, 'x')] (0, 1, 2)
# expect: True True True False
