# A decorator factory taking arguments.
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("x"))
def prefix(p):
    return lambda fn: lambda *a: p + fn(*a)
@prefix(">> ")
@prefix("[")
def show(s):
    return s + "]"
print(show("ok"))

# expect: ['hi x', 'hi x', 'hi x']
# expect: >> [ok]
