# Comprehensions inside functions capture local variables.
def scale(xs, k):
    return [x * k for x in xs]
def make_fns():
    return [lambda: i for i in range(3)]
print(scale([1, 2], 10))
print([f() for f in make_fns()])
def outer():
    base = 100
    return {k: base + k for k in range(3)}
print(outer())

# expect: [10, 20]
# expect: [2, 2, 2]
# expect: {0: 100, 1: 101, 2: 102}
