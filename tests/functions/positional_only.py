# Positional-only parameters before /.
def f(a, b, /, c, *, d=0):
    return a + b + c + d
print(f(1, 2, 3), f(1, 2, c=3), f(1, 2, 3, d=4))
try:
    f(1, b=2, c=3)
except TypeError as e:
    print(e)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))

# expect: 6 6 10
# expect: f() got some positional-only arguments passed as keyword arguments: 'b'
# expect: (1, {'x': 2})
