# Functions passed as arguments and returned as values.
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1))
def pipeline(*fs):
    def run(x):
        for f in fs:
            x = f(x)
        return x
    return run
p = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(p("  Hello World  "))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(None, [0, 1, "", "a", [], [0]])))

# expect: 1024
# expect: hello_world
# expect: [4, 10, 18]
# expect: [1, 'a', [0]]
