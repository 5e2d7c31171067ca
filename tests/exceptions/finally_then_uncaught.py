# The finally block runs before the traceback of an uncaught exception.
# expect runtime error: KeyError: 'x'
def f():
    try:
        raise KeyError("x")
    finally:
        print("cleanup runs first")
f()

# expect: cleanup runs first
