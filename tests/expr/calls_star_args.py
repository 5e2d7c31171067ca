# *args collects extra positional arguments; f(*xs) spreads a sequence.
def f(*args):
    return args
def g(a, *rest):
    return a, rest
print(f(), f(1), f(1, 2, 3))
print(g(1), g(1, 2, 3))
xs = [4, 5, 6]
print(f(*xs), g(*xs), f(0, *xs))
print(f(*"ab"), f(*range(3)))
print(max(*[3, 9, 2]), type(f()))

# expect: () (1,) (1, 2, 3)
# expect: (1, ()) (1, (2, 3))
# expect: (4, 5, 6) (4, (5, 6)) (0, 4, 5, 6)
# expect: ('a', 'b') (0, 1, 2)
# expect: 9 <class 'tuple'>
