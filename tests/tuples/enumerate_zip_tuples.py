# enumerate and zip produce tuples; zip(*...) transposes.
pairs = list(zip("abc", range(3)))
print(pairs)
letters, nums = zip(*pairs)
print(letters, nums)
print(list(enumerate(("x", "y"), start=10)))
print(dict(pairs))

# expect: [('a', 0), ('b', 1), ('c', 2)]
# expect: ('a', 'b', 'c') (0, 1, 2)
# expect: [(10, 'x'), (11, 'y')]
# expect: {'a': 0, 'b': 1, 'c': 2}
