# An error inside code run by eval(): the traceback shows the eval'd code as
# File "<string>", as CPython's does.
# exit: 1
def f(d):
    return eval('10 / d')
print(f(2))
f(0)
