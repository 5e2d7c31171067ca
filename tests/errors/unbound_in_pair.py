# An unbound local read by the second instruction of a fused pair
# (LOAD_FAST a; LOAD_FAST b): the traceback points at b, as CPython's does.
def f(flag):
    a = 1
    if flag:
        b = 2
    return a + b


print(f(True))
print(f(False))
# exit: 1
