# A bare raise re-raises with the original traceback lines.
def inner():
    return 1 / 0
def outer():
    try:
        inner()
    except ZeroDivisionError:
        print("logging and re-raising")
        raise
outer()

# expect runtime error: ZeroDivisionError: division by zero
# expect: logging and re-raising
