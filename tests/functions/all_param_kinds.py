# A function using every parameter kind at once.
def f(a, b=2, *args, c, d=4, **kw):
    return f"a={a} b={b} args={args} c={c} d={d} kw={kw}"
print(f(1, c=3))
print(f(1, 20, 30, 40, c=3, e=5))
print(f(c=1, a=0))
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount)

# expect: a=1 b=2 args=() c=3 d=4 kw={}
# expect: a=1 b=20 args=(30, 40) c=3 d=4 kw={'e': 5}
# expect: a=0 b=2 args=() c=1 d=4 kw={}
# expect: 2 2
