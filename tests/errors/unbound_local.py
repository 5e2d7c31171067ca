# UnboundLocalError when a name is assigned later in the function.
x = 10
def f():
    print(x)
    x = 20
f()

# expect runtime error: UnboundLocalError: cannot access local variable 'x' where it is not associated with a value
