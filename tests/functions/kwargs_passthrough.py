# Forwarding *args and **kwargs through several layers.
def base(a, b=0, *rest, key=None, **extra):
    return f"a={a} b={b} rest={rest} key={key} extra={extra}"
def mid(*args, **kwargs):
    kwargs.setdefault("key", "mid")
    return base(*args, **kwargs)
def top(*args, **kwargs):
    return mid(*args, **kwargs)
print(top(1))
print(top(1, 2, 3, key="k", z=0))
print(top(a=5, q=1))

# expect: a=1 b=0 rest=() key=mid extra={}
# expect: a=1 b=2 rest=(3,) key=k extra={'z': 0}
# expect: a=5 b=0 rest=() key=mid extra={'q': 1}
