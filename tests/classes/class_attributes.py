# Class attributes are shared; instance assignment shadows them.
class Counter:
    count = 0
    kind = "counter"
    def __init__(self):
        Counter.count += 1
a = Counter()
b = Counter()
print(Counter.count, a.count, b.count)
a.kind = "mine"
print(a.kind, b.kind, Counter.kind)
del a.kind
print(a.kind)
Counter.kind = "changed"
print(a.kind, b.kind)

# expect: 2 2 2
# expect: mine counter counter
# expect: counter
# expect: changed changed
