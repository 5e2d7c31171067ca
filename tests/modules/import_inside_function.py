# An import inside a function binds a local name.
def f():
    import _geometry as g
    return g.area(1)
print(f())
try:
    g
except NameError as e:
    print(e)

# expect: loading _geometry as _geometry
# expect: 3.14159
# expect: name 'g' is not defined
