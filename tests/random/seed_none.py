# seed() and seed(None) use system entropy: only properties can be checked
import random
random.seed()
xs = [random.random() for _ in range(100)]
print(all(0.0 <= x < 1.0 for x in xs), len(set(xs)))
random.seed(None)
print(1 <= random.randint(1, 6) <= 6)
print(random.Random().getrandbits(63) != random.Random().getrandbits(63))
# expect: True 100
# expect: True
# expect: True
