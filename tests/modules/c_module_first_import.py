# time, random, types and math are made in C when first imported: each import
# after the first gives the same module object, whichever form it takes, and
# a module imported inside a function is the one sys.modules keeps.
import sys


def use_math():
    import math
    return math


from random import seed, randrange
import random
seed(7)
first = [randrange(100) for _ in range(5)]
random.seed(7)
print(first == [random.randrange(100) for _ in range(5)])

m = use_math()
import math
print(m is math, sys.modules["math"] is math, math.sqrt(16.0), math.__name__)
import math as m2
print(m2 is math)
from math import pi, floor
print(floor(pi))

import types, time
print(types.__name__, isinstance(time.monotonic(), float))
print(sys.modules["types"] is types, sys.modules["time"] is time)
print(__import__("random") is random)

try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e)
# expect: True
# expect: True True 4.0 math
# expect: True
# expect: 3
# expect: types True
# expect: True True
# expect: True
# expect: ModuleNotFoundError No module named 'no_such_module_here'
