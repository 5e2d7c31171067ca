# A memoizing decorator with a dict cache speeds up recursion.
calls = 0
def memo(fn):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    w.cache = cache
    return w
@memo
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), calls, len(fib.cache))

# expect: 1548008755920 61 61
