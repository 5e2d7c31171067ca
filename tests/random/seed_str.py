# str seeds (version 2): the UTF-8 text and its SHA-512 digest make the key
import random
for s in ["", "hello", "Hello", "héllo wörld", "x" * 111, "y" * 112, "z" * 128, "abc" * 100]:
    random.seed(s)
    print(len(s), random.random(), random.randint(1, 1000))
# expect: 0 0.9602256525641875 610
# expect: 5 0.3537754404730722 680
# expect: 5 0.009708374518246354 433
# expect: 11 0.07829104647591212 163
# expect: 111 0.9574491191756562 489
# expect: 112 0.33845219855079556 358
# expect: 128 0.2333834463340253 853
# expect: 300 0.38702674800347303 167
