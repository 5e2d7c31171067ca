# sample with a large population uses the set-of-indices algorithm
import random
random.seed(12)
print(random.sample(range(10**9), 8))
print(random.sample(range(1000), 60)[:10])
print(random.sample(list(range(500)), 5))
print(sorted(random.sample(range(100), 30)) == sorted(set(random.sample(range(100), 30))))
print(random.sample(range(10000), 3), random.sample(range(50, 100000, 3), 4))
# expect: [509566391, 288831130, 705955723, 568149843, 715552798, 375579190, 153115961, 409783935]
# expect: [11, 383, 494, 280, 658, 829, 471, 707, 885, 615]
# expect: [87, 259, 417, 42, 205]
# expect: False
# expect: [7465, 7803, 7881] [47216, 32993, 91418, 71651]
