# Nested function definitions see enclosing locals at call time.
def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
print(outer(1)(2)(3))
def compute(xs):
    def helper(x):
        return x * factor
    factor = 10
    return [helper(x) for x in xs]
print(compute([1, 2]))

# expect: 6
# expect: [10, 20]
