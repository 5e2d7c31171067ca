# seed 12345: floats, ints in several ranges
import random
random.seed(12345)
for _ in range(5):
    print(random.random(), random.randint(-50, 50), random.randrange(0, 1000, 10))
# expect: 0.41661987254534116 -49 380
# expect: 0.8551383418471491 -26 340
# expect: 0.5660081687288613 -30 470
# expect: 0.12426688428353017 5 330
# expect: 0.5620784880758429 -28 780
