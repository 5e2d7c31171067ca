# A class decorator receives the class and can register or modify it.
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
def add_hello(cls):
    cls.hello = lambda self: f"hello from {type(self).__name__}"
    return cls
@register
@add_hello
class Foo:
    pass
@register
class Bar(Foo):
    pass
print(sorted(registry))
print(Foo().hello(), Bar().hello())
print(registry["Bar"] is Bar)

# expect: ['Bar', 'Foo']
# expect: hello from Foo hello from Bar
# expect: True
