# getstate/setstate restore the exact position of the generator
import random
random.seed(51)
random.random()
st = random.getstate()
print(st[0], len(st[1]), st[1][-1], st[2])
a = [random.random() for _ in range(700)]
random.setstate(st)
print(a == [random.random() for _ in range(700)])
random.gauss()
st = random.getstate()
print(type(st[2]).__name__)
g = random.gauss()
random.setstate(st)
print(g == random.gauss())
try:
    random.setstate((7, (1, 2), None))
except ValueError as e:
    print(e)
try:
    random.setstate((3, (1, 2), None))
except ValueError as e:
    print(e)
# expect: 3 625 2 None
# expect: True
# expect: float
# expect: True
# expect: state with version 7 passed to Random.setstate() of version 3
# expect: state vector is the wrong size
