# The default repr of an instance names its class and address.
# normalize-addresses
class Thing:
    pass
t = Thing()
print(repr(t))
print(str(t) == repr(t))
print(repr(t).startswith("<__main__.Thing object at 0x"))

# expect: <__main__.Thing object at 0x7fdfa9af5750>
# expect: True
# expect: True
