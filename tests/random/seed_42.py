# the tutorial line: seed 42, then random, randint and choice
import random
random.seed(42)
print(random.random(), random.randint(1, 10), random.choice(["rock", "paper", "scissors"]))
print(random.uniform(0, 100))
print([random.randint(1, 6) for _ in range(12)])
# expect: 0.6394267984578837 1 scissors
# expect: 27.502931836911927
# expect: [2, 2, 6, 1, 6, 6, 5, 1, 5, 4, 1, 1]
