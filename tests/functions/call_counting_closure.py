# Closures over a mutable dict collecting call statistics.
def counting(fn):
    stats = {"calls": 0}
    def w(*a):
        stats["calls"] += 1
        return fn(*a)
    w.stats = stats
    return w
@counting
def sq(x):
    return x * x
print([sq(i) for i in range(4)], sq.stats)

# expect: [0, 1, 4, 9] {'calls': 4}
