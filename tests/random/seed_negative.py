# a negative seed is seeded by its absolute value
import random
for s in [-1, -42, -12345, -2**31, -(2**62 - 1 + 2**62)]:
    random.seed(s)
    a = random.random()
    random.seed(-s)
    print(s, a, a == random.random())
random.seed(-2**62 * 2)  # -2**63: its absolute value needs the full 64 bits
print(random.random())
# expect: -1 0.13436424411240122 True
# expect: -42 0.6394267984578837 True
# expect: -12345 0.41661987254534116 True
# expect: -2147483648 0.3387958510019964 True
# expect: -9223372036854775807 0.3166448820870279 True
# expect: 0.5534639983914199
