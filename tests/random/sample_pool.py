# sample with a small population uses the pool algorithm
import random
random.seed(11)
print(random.sample([1, 2, 3, 4, 5], 3))
print(random.sample(range(10), 10))
print(random.sample("abcdefghij", 4))
print(random.sample((10, 20, 30, 40), k=2))
print(random.sample(range(100), 10))
print(random.sample(range(20), 0))
# expect: [4, 5, 2]
# expect: [8, 3, 2, 6, 4, 9, 1, 0, 5, 7]
# expect: ['c', 'b', 'a', 'e']
# expect: [40, 20]
# expect: [83, 94, 78, 20, 79, 1, 67, 8, 7, 4]
# expect: []
