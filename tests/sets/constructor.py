# set() from strings, ranges, dicts, generators and iterators.
print(set(), set([]), set(range(5)))
print(len(set("hello")), sorted(set("hello")))
print(set({5: 1, 3: 2, 9: 3}))
print(set(x * x for x in range(-3, 4)))
print(set(iter([4, 4, 2])))
# expect: set() set() {0, 1, 2, 3, 4}
# expect: 4 ['e', 'h', 'l', 'o']
# expect: {9, 3, 5}
# expect: {0, 9, 4, 1}
# expect: {2, 4}
