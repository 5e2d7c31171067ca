# Default expressions are evaluated at definition time.
n = 10
def f(x=n * 2):
    return x
n = 99
print(f())
def make():
    print("make called")
    return 5
def g(a=make()):
    return a
print("defined")
print(g(), g())

# expect: 20
# expect: make called
# expect: defined
# expect: 5 5
