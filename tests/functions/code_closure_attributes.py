# Code object attributes, __closure__ and cell_contents.
def outer(a, /, b, *args, c, d=1, **kw):
    x = 1
    y = [a]
    def inner(p):
        return x + p + len(y)
    return inner
co = outer.__code__
for k in ("co_argcount","co_posonlyargcount","co_kwonlyargcount","co_varnames","co_name","co_qualname","co_firstlineno","co_flags","co_nlocals","co_names","co_freevars","co_cellvars"):
    print(k, getattr(co, k))
f = outer(1, 2, c=3)
ic = f.__code__
for k in ("co_argcount","co_varnames","co_name","co_qualname","co_flags","co_nlocals","co_names","co_freevars","co_cellvars"):
    print(k, getattr(ic, k))
print(co.co_filename.endswith("code_closure_attributes.py"), type(co.co_consts).__name__)
print(len(f.__closure__), [c.cell_contents for c in f.__closure__], outer.__closure__)
def g():
    if False:
        z = 1
    def h():
        return z
    return h
try:
    g().__closure__[0].cell_contents
except ValueError as e:
    print(e)
print(type(g().__closure__[0]).__name__)

# expect: co_argcount 2
# expect: co_posonlyargcount 1
# expect: co_kwonlyargcount 2
# expect: co_varnames ('a', 'b', 'c', 'd', 'args', 'kw', 'inner')
# expect: co_name outer
# expect: co_qualname outer
# expect: co_firstlineno 2
# expect: co_flags 15
# expect: co_nlocals 7
# expect: co_names ()
# expect: co_freevars ()
# expect: co_cellvars ('x', 'y')
# expect: co_argcount 1
# expect: co_varnames ('p',)
# expect: co_name inner
# expect: co_qualname outer.<locals>.inner
# expect: co_flags 19
# expect: co_nlocals 1
# expect: co_names ('len',)
# expect: co_freevars ('x', 'y')
# expect: co_cellvars ()
# expect: True tuple
# expect: 2 [1, [1]] None
# expect: Cell is empty
# expect: cell
