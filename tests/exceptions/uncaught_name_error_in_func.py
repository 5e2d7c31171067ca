# An undefined name inside a function gives a two-frame traceback.
# expect runtime error: NameError: name 'nmae' is not defined
def greet():
    return "hello " + nmae
greet()
