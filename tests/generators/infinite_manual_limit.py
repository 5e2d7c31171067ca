# Infinite generators consumed with a manual limit.
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for n in naturals():
    if n >= 5:
        break
    out.append(n)
print(out)
f = fib()
print([next(f) for _ in range(12)])
def take(n, it):
    it = iter(it)
    return [next(it) for _ in range(n)]
print(take(5, (x * x for x in naturals())))

# expect: [0, 1, 2, 3, 4]
# expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89]
# expect: [0, 1, 4, 9, 16]
