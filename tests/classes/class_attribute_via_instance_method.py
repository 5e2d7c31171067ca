# Functions stored as class attributes become methods; stored on an instance they do not.
def outside(self):
    return f"outside({type(self).__name__})"
class C:
    m = outside
c = C()
print(c.m())
c.f = lambda: "instance function"
print(c.f())
c.g = outside
try:
    c.g()
except TypeError as e:
    print(e)

# expect: outside(C)
# expect: instance function
# expect: outside() missing 1 required positional argument: 'self'
