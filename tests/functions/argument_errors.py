# CPython's messages for bad calls with keyword and default parameters.
def f(a, b, *, c):
    pass
def g(a, b=2, *, c=3):
    pass
def show(call):
    try:
        call()
    except TypeError as e:
        print(e)
show(lambda: f(1, 2))
show(lambda: f(1, c=3))
show(lambda: f(c=3))
show(lambda: f(1, 2, 3))
show(lambda: g(1, 2, 3))
show(lambda: g(1, 2, d=4))
show(lambda: g(1, a=1))
show(lambda: g())
def h(a, b, c, *, d, e):
    pass
show(lambda: h(1, d=1, e=2))
show(lambda: h(1, 2, 3))
show(lambda: h(1, 2, 3, 4, 5))

# expect: f() missing 1 required keyword-only argument: 'c'
# expect: f() missing 1 required positional argument: 'b'
# expect: f() missing 2 required positional arguments: 'a' and 'b'
# expect: f() takes 2 positional arguments but 3 were given
# expect: g() takes from 1 to 2 positional arguments but 3 were given
# expect: g() got an unexpected keyword argument 'd'
# expect: g() got multiple values for argument 'a'
# expect: g() missing 1 required positional argument: 'a'
# expect: h() missing 2 required positional arguments: 'b' and 'c'
# expect: h() missing 2 required keyword-only arguments: 'd' and 'e'
# expect: h() takes 3 positional arguments but 5 were given
