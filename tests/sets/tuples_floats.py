# Tuples and floats hash as in CPython, so their order matches too.
print({(1, 2), (0, 0), (2, 1)})
print({0.5, 1.5, 2.25, 3.0})
print({(1, 2), 3.5})
# expect: {(1, 2), (2, 1), (0, 0)}
# expect: {0.5, 1.5, 2.25, 3.0}
# expect: {3.5, (1, 2)}
