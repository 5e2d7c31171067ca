# bools seed as ints; floats seed through their hash (3.0 == seed 3)
import random
for s in [True, False, 3.0, 5.5, -0.25, 1e300, float("inf"), -1.0]:
    random.seed(s)
    print(repr(s), random.random())
random.seed(3)
a = random.random()
random.seed(3.0)
print(a == random.random())
# expect: True 0.13436424411240122
# expect: False 0.8444218515250481
# expect: 3.0 0.23796462709189137
# expect: 5.5 0.8365655820458704
# expect: -0.25 0.8538447723761984
# expect: 1e+300 0.2614143642581235
# expect: inf 0.19236379321481523
# expect: -1.0 0.13119521545503066
# expect: True
