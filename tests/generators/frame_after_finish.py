# A frame that Python code holds (gi_frame, sys._getframe) keeps its values after its generator or call finishes.
import sys

def gen(a):
    b = a * 2
    yield b
    c = b + 1
    yield c

g = gen(5)
next(g)
f = g.gi_frame
print(sorted(f.f_locals.items()))
for _ in g:
    pass
print(g.gi_frame is None, sorted(f.f_locals.items()), f.f_code.co_name)

def other(a):
    z = a - 1
    return z
for i in range(10):
    other(i)
print(sorted(f.f_locals.items()))

def caller(v):
    w = v
    return sys._getframe()
fr = caller("kept")
for i in range(10):
    caller(i)
print(fr.f_code.co_name, fr.f_locals)
# expect: [('a', 5), ('b', 10)]
# expect: True [('a', 5), ('b', 10), ('c', 11)] gen
# expect: [('a', 5), ('b', 10), ('c', 11)]
# expect: caller {'v': 'kept', 'w': 'kept'}
