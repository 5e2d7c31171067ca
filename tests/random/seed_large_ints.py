# seeds of 32 bits and more use a two-word key: 2**31, 2**32-1, 2**32, 2**40+3, 2**63-1
import random
for s in [2**31, 2**32 - 1, 2**32, 2**40 + 3, 2**62 - 1 + 2**62]:
    random.seed(s)
    print(s, random.random(), random.randint(1, 10))
# expect: 2147483648 0.3387958510019964 9
# expect: 4294967295 0.6353574441341173 4
# expect: 4294967296 0.11299430095636409 7
# expect: 1099511627779 0.21978710637116716 9
# expect: 9223372036854775807 0.3166448820870279 3
