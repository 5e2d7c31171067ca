# version=1 str seeds use the old 64-bit string hash; ints ignore the version
import random
for s in ["", "a", "abc", "héllo"]:
    random.seed(s, version=1)
    print(repr(s), random.random())
random.seed(10, version=1)
a = random.random()
random.seed(10)
print(a == random.random())
# expect: '' 0.8444218515250481
# expect: 'a' 0.8615004237012702
# expect: 'abc' 0.09639374978773074
# expect: 'héllo' 0.9170489545688874
# expect: True
