# Indexing past the end of a list inside a function.
# expect runtime error: IndexError: list index out of range
def third(xs):
    return xs[2]
print(third([1, 2, 3]))
print(third([1, 2]))

# expect: 3
