# A re-raised exception that nobody catches keeps its original traceback line.
# expect runtime error: ValueError: invalid literal for int() with base 10: 'oops'
def f():
    try:
        int("oops")
    except ValueError:
        print("logging the error")
        raise
f()

# expect: logging the error
