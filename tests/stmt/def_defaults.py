# Default values are evaluated once, when the def runs.
def f(a, b=10, c="c"):
    return a, b, c
print(f(1))
print(f(1, 2))
print(f(1, 2, 3))
n = 5
def g(x=n):
    return x
n = 6
print(g())
def h(item, acc=[]):
    acc.append(item)
    return acc
print(h(1), h(2))

# expect: (1, 10, 'c')
# expect: (1, 2, 'c')
# expect: (1, 2, 3)
# expect: 5
# expect: [1, 2] [1, 2]
