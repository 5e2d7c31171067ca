# Bitwise operators on big and negative ints: two's complement semantics.
a = 2 ** 70 + 5
print(a & 0xFF, a | 1, a ^ a, a & -a)
print(-a & 0xFFFF, -a | 3, ~a, ~-a)
print((2 ** 100 - 1) & (2 ** 64 + 255))
# expect: 5 1180591620717411303429 0 1
# expect: 65531 -1180591620717411303429 -1180591620717411303430 1180591620717411303428
# expect: 18446744073709551871
