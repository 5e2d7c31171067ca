# Checking a few Mersenne primes with the Lucas-Lehmer test.
def lucas_lehmer(p):
    m = 2 ** p - 1
    s = 4
    for _ in range(p - 2):
        s = (s * s - 2) % m
    return s == 0
print([p for p in [3, 5, 7, 11, 13, 17, 19, 23, 31, 61, 89, 107] if lucas_lehmer(p)])
# expect: [3, 5, 7, 13, 17, 19, 31, 61, 89, 107]
