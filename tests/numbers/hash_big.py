# hash() of a big int: the value modulo 2**61 - 1, with its sign.
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 64), hash(-2 ** 64))
print(hash(10 ** 30), hash(-(10 ** 30)))
print(hash(2 ** 100) == hash(float(2 ** 100)))
d = {2 ** 80: "big"}
print(d[2 ** 80], 2 ** 80 in {2 ** 80})
# expect: 0 1 8 -8
# expect: 465258685558744706 -465258685558744706
# expect: True
# expect: big True
