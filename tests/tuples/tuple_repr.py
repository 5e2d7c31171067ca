# repr of tuples including nested and single-element ones.
print(((1,), ((),), ("a", ("b",))))
print(repr((None, True, 1.5, "x")))
print(str(()), str((1,)))

# expect: ((1,), ((),), ('a', ('b',)))
# expect: (None, True, 1.5, 'x')
# expect: () (1,)
