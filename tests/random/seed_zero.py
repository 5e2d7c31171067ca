# random.seed(0): the key is [0]; first draws of random, randint and getrandbits
import random
random.seed(0)
print([random.random() for _ in range(5)])
print([random.randint(1, 100) for _ in range(10)])
print(random.getrandbits(32), random.getrandbits(8))
# expect: [0.8444218515250481, 0.7579544029403025, 0.420571580830845, 0.25891675029296335, 0.5112747213686085]
# expect: [52, 39, 62, 46, 75, 28, 65, 18, 37, 18]
# expect: 3246154361 24
