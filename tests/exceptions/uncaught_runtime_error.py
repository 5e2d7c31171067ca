# A RuntimeError raised three calls deep.
# expect runtime error: RuntimeError: something went wrong
def a():
    b()
def b():
    c()
def c():
    raise RuntimeError("something went wrong")
a()
