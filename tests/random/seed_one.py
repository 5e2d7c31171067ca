# random.seed(1): the same draws every time it is reseeded
import random
random.seed(1)
a = [random.random() for _ in range(4)]
print(a)
random.seed(1)
print([random.random() for _ in range(4)] == a)
print(random.randrange(1000), random.choice("abcdef"))
# expect: [0.13436424411240122, 0.8474337369372327, 0.763774618976614, 0.2550690257394217]
# expect: True
# expect: 507 d
