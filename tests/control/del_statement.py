# del on names, list items, dict keys, attributes and slices.
x = 5
del x
try:
    print(x)
except NameError as e:
    print(e)
xs = [1, 2, 3, 4]
del xs[0], xs[-1]
print(xs)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class C:
    pass
c = C()
c.attr = 1
del c.attr
print(hasattr(c, "attr"))
try:
    del c.attr
except AttributeError as e:
    print(e)
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())

# expect: name 'x' is not defined
# expect: [2, 3]
# expect: {'b': 2}
# expect: False
# expect: 'C' object has no attribute 'attr'
# expect: False False
