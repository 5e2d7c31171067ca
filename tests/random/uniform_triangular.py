# uniform and triangular: a + (b-a)*random() and the triangle's inverse
import random
random.seed(31)
print([random.uniform(1, 10) for _ in range(3)])
print(random.uniform(2.5, -1), random.uniform(0, 0), random.uniform(-5, 5))
print(random.triangular(), random.triangular(0, 10, 3), random.triangular(5, 1))
print(random.triangular(1, 1, 1), random.triangular(low=2, high=4, mode=4))
try:
    random.uniform("a", 1)
except TypeError as e:
    print(e)
# expect: [1.110504226581779, 2.011589749722122, 4.535536253956683]
# expect: 0.10647504291356569 0.0 -3.875564371406127
# expect: 0.3404426215046746 5.88071292304734 3.9140857457044653
# expect: 1 3.627472464301947
# expect: unsupported operand type(s) for -: 'int' and 'str'
