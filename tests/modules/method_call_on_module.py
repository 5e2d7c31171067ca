# module.f(...) compiles to LOAD_METHOD on a module: found in the module's
# dict, answered by its __getattr__, missing, replaced at run time, a dunder.
import _lazy
import math


def calls():
    out = []
    for i in range(3):
        out.append(_lazy.double(i))
    out.append(_lazy.Box(5).v)
    out.append(_lazy.late())
    out.append(math.floor(2.5))
    return out


print(calls())
_lazy.double = lambda x: -x
print(calls())
print(_lazy.__name__, type(_lazy.__dict__).__name__)
try:
    _lazy.missing()
except AttributeError as e:
    print("AttributeError:", e)
try:
    math.nothing(1)
except AttributeError as e:
    print("AttributeError:", e)
del _lazy.double
try:
    calls()
except AttributeError as e:
    print("AttributeError:", e)
# expect: [0, 2, 4, 5, 'made late', 2]
# expect: [0, -1, -2, 5, 'made late', 2]
# expect: _lazy dict
# expect: AttributeError: module '_lazy' has no attribute 'missing'
# expect: AttributeError: module 'math' has no attribute 'nothing'
# expect: AttributeError: module '_lazy' has no attribute 'double'
