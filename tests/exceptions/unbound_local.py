# Assigning to a name anywhere in a function makes it local everywhere in it.
x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 20
    return x
print(f())
print(issubclass(UnboundLocalError, NameError))

# expect: UnboundLocalError cannot access local variable 'x' where it is not associated with a value
# expect: 20
# expect: True
