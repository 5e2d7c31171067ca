# Generator frames: f_lineno, f_locals and f_code while suspended; gi_running and gi_yieldfrom.
def gen(a):
    x = a + 1
    yield x
    y = x * 2
    yield y
g = gen(5)
print(g.gi_frame.f_lineno, g.gi_frame.f_locals)
next(g)
f = g.gi_frame
print(f.f_lineno, f.f_locals, f.f_code.co_name if hasattr(f.f_code, "co_name") else "?")
next(g)
print(f.f_lineno, sorted(f.f_locals.items()))
print(g.gi_running, g.gi_yieldfrom)
# expect: 2 {'a': 5}
# expect: 4 {'a': 5, 'x': 6} gen
# expect: 6 [('a', 5), ('x', 6), ('y', 12)]
# expect: False None
