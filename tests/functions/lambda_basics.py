# Lambdas: arguments, defaults, immediate calls, in sort keys.
sq = lambda x: x * x
print(sq(7), (lambda: "nothing")(), (lambda a, b=2: a * b)(5))
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
print((lambda *a, **k: (a, k))(1, 2, z=3))
print(sq.__name__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(3))

# expect: 49 nothing 10
# expect: [(3, 'a'), (1, 'b'), (2, 'c')]
# expect: [(3, 'a'), (2, 'c'), (1, 'b')]
# expect: ((1, 2), {'z': 3})
# expect: <lambda>
# expect: 16
