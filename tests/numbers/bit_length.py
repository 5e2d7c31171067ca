# bit_length and bit_count of big ints.
print((2 ** 100).bit_length(), (2 ** 100 - 1).bit_length(), (-(2 ** 100)).bit_length())
print((2 ** 100 - 1).bit_count(), (-(2 ** 70 + 3)).bit_count())
print((9223372036854775808).bit_length())
# expect: 101 100 101
# expect: 100 3
# expect: 64
