# The finally block runs before the traceback is printed.
def f():
    try:
        return [1, 2][5]
    finally:
        print("finally ran")
f()

# expect runtime error: IndexError: list index out of range
# expect: finally ran
