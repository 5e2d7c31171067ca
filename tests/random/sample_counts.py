# sample(..., counts=...) samples from repeated elements
import random
random.seed(13)
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample("xyz", counts=[1, 10, 100], k=8))
print(random.sample(range(3), counts=[True, 2, 3], k=6))
# expect: ['red', 'blue', 'red', 'blue', 'red']
# expect: ['z', 'z', 'z', 'z', 'z', 'z', 'z', 'y']
# expect: [2, 1, 1, 0, 2, 2]
