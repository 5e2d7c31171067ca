# Keyword-only parameters after * and after *args.
def f(a, *, b, c=3):
    return (a, b, c)
print(f(1, b=2))
print(f(1, c=0, b=2))
def g(*args, sep="-"):
    return sep.join(args)
print(g("a", "b", "c"), g("x", "y", sep="+"))
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
print(f.__kwdefaults__)

# expect: (1, 2, 3)
# expect: (1, 2, 0)
# expect: a-b-c x+y
# expect: f() takes 1 positional argument but 2 were given
# expect: f() missing 1 required keyword-only argument: 'b'
# expect: {'c': 3}
