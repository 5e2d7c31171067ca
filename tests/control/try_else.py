# try/except/else/finally: else runs only without an exception.
def attempt(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print("division by zero")
    else:
        print("result", r)
    finally:
        print("finally for", x)
attempt(2)
attempt(0)

# expect: result 5.0
# expect: finally for 2
# expect: division by zero
# expect: finally for 0
