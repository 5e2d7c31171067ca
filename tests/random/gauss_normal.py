# gauss (pairs, the second kept in gauss_next), normalvariate, expovariate, lognormvariate
import random
random.seed(41)
print(random.gauss(), random.gauss(), random.gauss(100, 15))
print(random.normalvariate(), random.normalvariate(mu=3, sigma=0.1))
print(random.expovariate(1.5), random.lognormvariate(0, 0.5))
random.seed(41)
random.gauss()
random.seed(41)
print(random.gauss())
print([round(random.gauss(0, 1), 6) for _ in range(6)])
# expect: -0.531154754439882 0.49241552007472256 116.72066700977098
# expect: 0.4314961398647941 3.0147658573292295
# expect: 0.8769113777175584 1.3493654082626751
# expect: -0.531154754439882
# expect: [0.492416, 1.114711, 1.913208, -1.350851, -0.720017, -0.929476]
