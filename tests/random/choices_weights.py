# choices with relative and cumulative weights (bisect on the running totals)
import random
random.seed(22)
print(random.choices(["a", "b", "c"], [10, 1, 1], k=10))
print(random.choices(["a", "b", "c"], weights=[0.2, 0.5, 0.3], k=10))
print(random.choices(["a", "b", "c"], cum_weights=[1, 2, 10], k=10))
print(random.choices("xyz", [0, 0, 1], k=4), random.choices("xyz", [True, False, True], k=6))
counts = {}
for c in random.choices("abcd", [1, 2, 3, 4], k=1000):
    counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items()))
# expect: ['c', 'a', 'a', 'c', 'a', 'a', 'a', 'a', 'b', 'a']
# expect: ['c', 'b', 'b', 'c', 'b', 'c', 'c', 'a', 'c', 'b']
# expect: ['c', 'b', 'c', 'c', 'c', 'c', 'c', 'c', 'c', 'c']
# expect: ['z', 'z', 'z', 'z'] ['z', 'z', 'x', 'z', 'z', 'x']
# expect: [('a', 100), ('b', 198), ('c', 314), ('d', 388)]
