# Shifts grow ints without bound; right shifts floor.
print(1 << 100, 3 << 64)
print((1 << 100) >> 99, -(1 << 100) >> 98)
print(-1 >> 200, (2 ** 70) >> 200, -7 >> 1)
print(1 << 0, 0 << 1000)
# expect: 1267650600228229401496703205376 55340232221128654848
# expect: 2 -4
# expect: -1 0 -4
# expect: 1 0
