# Bound methods remember their instance; calling through the class needs self.
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return f"{self.name} greets {other}"
g = Greeter("ann")
m = g.greet
print(m("bob"))
print(Greeter.greet(g, "cy"))
print(m.__self__ is g)
print(m.__func__ is Greeter.greet)
fs = [Greeter(n).greet for n in "xyz"]
print([f("w") for f in fs])

# expect: ann greets bob
# expect: ann greets cy
# expect: True
# expect: True
# expect: ['x greets w', 'y greets w', 'z greets w']
