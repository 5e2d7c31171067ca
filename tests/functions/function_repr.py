# repr of functions, lambdas and nested functions.
# normalize-addresses
def top():
    def inner():
        pass
    return inner
print(top)
print(top())
print(lambda: 0)
class C:
    def m(self):
        pass
print(C.m)
print(C().m)

# expect: <function top at 0x7f8b363a1bc0>
# expect: <function top.<locals>.inner at 0x7f8b368644a0>
# expect: <function <lambda> at 0x7f8b368644a0>
# expect: <function C.m at 0x7f8b3640d620>
# expect: <bound method C.m of <__main__.C object at 0x7f8b36411bd0>>
