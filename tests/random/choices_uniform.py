# choices without weights: floor(random() * n) for each of k picks
import random
random.seed(21)
print(random.choices(["a", "b", "c"]))
print(random.choices(["a", "b", "c"], k=10))
print(random.choices(range(100), k=5), random.choices("HT", k=12))
print(random.choices([1, 2], k=0), random.choices([1, 2], k=-3))
# expect: ['a']
# expect: ['c', 'b', 'b', 'a', 'c', 'c', 'b', 'b', 'a', 'a']
# expect: [37, 58, 6, 79, 23] ['H', 'H', 'T', 'T', 'T', 'T', 'H', 'H', 'H', 'H', 'T', 'H']
# expect: [] []
