# Augmented assignment operators on names, items and attributes.
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7
print(x)
y = 7.5
y /= 2
print(y)
xs = [1, 2]
xs[0] += 10
d = {"k": 1}
d["k"] *= 9
class O:
    v = 1
o = O()
o.v += 1
print(xs, d, o.v, O.v)
b = 0b1100
b &= 0b1010; b |= 1; b ^= 0b100; b <<= 2; b >>= 1
print(b)

# expect: 1
# expect: 3.75
# expect: [11, 2] {'k': 9} 2 1
# expect: 26
