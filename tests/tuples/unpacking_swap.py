# Tuple packing and unpacking: swaps, returns and loops.
a, b = 1, 2
a, b = b, a
print(a, b)
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([5, 3, 9])
print(lo, hi)
for name, (x, y) in [("p", (1, 2)), ("q", (3, 4))]:
    print(name, x + y)
head, *tail = (1, 2, 3)
print(head, tail, type(tail).__name__)

# expect: 2 1
# expect: 3 9
# expect: p 3
# expect: q 7
# expect: 1 [2, 3] list
