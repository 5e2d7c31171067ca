# Integer literals in every base, with and without underscores.
print(0x1F, 0X1f, 0xff)
print(0o17, 0O17)
print(0b101, 0B101)
print(1_000_000, 0x_ff, 0b_1010, 0o_7)
print(0, 00, 0_0, 42)
print(-0x10, +0b11)

# expect: 31 31 255
# expect: 15 15
# expect: 5 5
# expect: 1000000 255 10 7
# expect: 0 0 0 42
# expect: -16 3
