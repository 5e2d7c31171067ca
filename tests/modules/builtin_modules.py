# Importing standard modules: math and sys basics.
import math
import sys
print(math.pi, math.sqrt(16), math.floor(2.7), math.ceil(2.1), math.gcd(12, 18))
print(math.isqrt(17), math.factorial(5), math.inf > 10**100)
print(sys.version_info[0], sys.version_info >= (3, 11))
from math import hypot as h
print(h(3, 4))

# expect: 3.141592653589793 4.0 2 3 6
# expect: 4 120 True
# expect: 3 True
# expect: 5.0
