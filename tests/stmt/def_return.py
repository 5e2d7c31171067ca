# return: with a value, without one, early, and functions that fall off the end.
def a():
    return 1
def b():
    return
def c():
    pass
def d(x):
    if x:
        return "early"
    print("not early")
    return "late"
print(a(), b(), c())
print(d(1))
print(d(0))
def pair():
    return 1, 2
print(pair(), type(pair()))

# expect: 1 None None
# expect: early
# expect: not early
# expect: late
# expect: (1, 2) <class 'tuple'>
