# The messages for calling a function with the wrong arguments.
def f(x):
    return x
def g(a, b):
    return a
def h():
    return 0
def k(a, b=1):
    return a
def show(call):
    try:
        call()
    except TypeError as e:
        print(e)
show(lambda: f(1, 2))
show(lambda: f())
show(lambda: g())
show(lambda: g(1))
show(lambda: h(1))
show(lambda: k(1, 2, 3))
show(lambda: f(1, x=2))
show(lambda: f(y=2))
show(lambda: f(1, y=2))

# expect: f() takes 1 positional argument but 2 were given
# expect: f() missing 1 required positional argument: 'x'
# expect: g() missing 2 required positional arguments: 'a' and 'b'
# expect: g() missing 1 required positional argument: 'b'
# expect: h() takes 0 positional arguments but 1 was given
# expect: k() takes from 1 to 2 positional arguments but 3 were given
# expect: f() got multiple values for argument 'x'
# expect: f() got an unexpected keyword argument 'y'
# expect: f() got an unexpected keyword argument 'y'
