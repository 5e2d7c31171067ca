# next() on an exhausted iterator raises StopIteration at top level.
it = iter([1])
print(next(it))
next(it)

# expect runtime error: StopIteration
# expect: 1
