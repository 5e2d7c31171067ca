# del removes names, list items and dict keys.
x = 1
del x
try:
    print(x)
except NameError as e:
    print(e)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
xs = [1, 2, 3]
del xs[-1]
print(xs)

# expect: name 'x' is not defined
# expect: {'b': 2}
# expect: [1, 2]
