# An exception raised in finally has the pending exception as context.
def f():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
f()

# expect runtime error: TypeError: second
