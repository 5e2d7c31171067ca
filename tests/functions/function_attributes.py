# Function objects carry __name__, __doc__, __defaults__ and custom attributes.
def f(a, b=1):
    """Add things."""
    return a + b
print(f.__name__, f.__doc__, f.__defaults__)
f.calls = 0
f.calls += 1
print(f.calls)
g = f
print(g.__name__, g is f)
def nodoc():
    pass
print(nodoc.__doc__)
print(f.__code__.co_varnames, f.__code__.co_name)

# expect: f Add things. (1,)
# expect: 1
# expect: f True
# expect: None
# expect: ('a', 'b') f
