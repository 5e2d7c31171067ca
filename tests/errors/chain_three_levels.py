# Three chained exceptions print oldest first.
def a():
    raise ValueError("a failed")
def b():
    try:
        a()
    except ValueError:
        raise KeyError("b failed")
def c():
    try:
        b()
    except KeyError as e:
        raise RuntimeError("c failed") from e
c()

# expect runtime error: RuntimeError: c failed
