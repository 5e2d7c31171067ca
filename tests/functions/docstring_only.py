# A function whose body is only a docstring returns None.
def f():
    "Just a docstring."
print(f(), f.__doc__)
def g():
    """Multi
    line."""
    return 1
print(repr(g.__doc__), g())

# expect: None Just a docstring.
# expect: 'Multi\n    line.' 1
