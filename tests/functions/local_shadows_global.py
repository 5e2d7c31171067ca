# Assignment makes a name local; the global is untouched.
x = "global"
def f():
    x = "local"
    return x
print(f(), x)
def g():
    print(x)
g()

# expect: local global
# expect: global
