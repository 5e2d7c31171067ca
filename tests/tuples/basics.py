# Tuple creation, indexing, slicing, len and the one-element form.
t = (1, "two", 3.0)
print(t, t[1], t[-1], t[1:], len(t))
print((), (1,), tuple(), 1, (1))
u = 4, 5
print(u, type(u).__name__)
print(tuple("abc"), tuple([1, 2]), tuple(range(3)))

# expect: (1, 'two', 3.0) two 3.0 ('two', 3.0) 3
# expect: () (1,) () 1 1
# expect: (4, 5) tuple
# expect: ('a', 'b', 'c') (1, 2) (0, 1, 2)
