# Repeating a sequence a big number of times.
print([0] * 0, "ab" * 2)
print("x" * 2 ** 64)
# expect: [] abab
# expect runtime error: OverflowError: cannot fit 'int' into an index-sized integer
