# randint(a, b) includes b; it is randrange(a, b+1), floats that are whole pass
import random
for seed in [0, 1, 42]:
    random.seed(seed)
    print(seed, [random.randint(1, 6) for _ in range(10)], random.randint(-1000, 1000))
random.seed(8)
print(random.randint(5, 5), random.randint(0, 2**40), random.randint(1, 10.0))
try:
    random.randint(3, 1)
except ValueError as e:
    print(e)
try:
    random.randint(1, "x")
except TypeError as e:
    print(e)
try:
    random.randint(1)
except TypeError as e:
    print(e)
# expect: 0 [4, 4, 1, 3, 5, 4, 4, 3, 4, 3] 194
# expect: 1 [2, 5, 1, 3, 1, 4, 4, 4, 6, 4] 615
# expect: 42 [6, 1, 1, 6, 3, 2, 2, 2, 6, 1] 385
# expect: 5 276490106476 4
# expect: empty range for randrange() (3, 2, -1)
# expect: can only concatenate str (not "int") to str
# expect: Random.randint() missing 1 required positional argument: 'b'
