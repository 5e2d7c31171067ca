# Argument errors in methods use the qualified name.
class K:
    def m(self, a, b):
        return a + b
k = K()
try:
    k.m(1)
except TypeError as e:
    print(e)
try:
    k.m(1, 2, 3)
except TypeError as e:
    print(e)
try:
    K.m(1, 2)
except TypeError as e:
    print(e)
class Nested:
    class Inner:
        def f(self):
            pass
try:
    Nested.Inner().f(1)
except TypeError as e:
    print(e)

# expect: K.m() missing 1 required positional argument: 'b'
# expect: K.m() takes 3 positional arguments but 4 were given
# expect: K.m() missing 1 required positional argument: 'b'
# expect: Nested.Inner.f() takes 1 positional argument but 2 were given
