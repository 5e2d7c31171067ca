# Set comprehensions deduplicate; ints only and printed sorted.
s = {x % 5 for x in range(100)}
print(sorted(s), len(s))
print(sorted({len(w) for w in "one three five seven".split()}))
print({n * n for n in range(4)} == {0, 1, 4, 9})
print(type({x for x in ()}).__name__)

# expect: [0, 1, 2, 3, 4] 5
# expect: [3, 4, 5]
# expect: True
# expect: set
