# Calling a one-parameter function with no arguments.
# expect runtime error: TypeError: f() missing 1 required positional argument: 'x'
def f(x):
    return x
print(f(1))
f()

# expect: 1
