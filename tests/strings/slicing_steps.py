# String slicing with positive and negative steps and out-of-range bounds.
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2])
print(repr(s[5:2]), repr(s[100:]), s[-100:2], s[3:100])
print(s[::3], s[-1:-4:-1])
try:
    s[::0]
except ValueError as e:
    print(e)

# expect: cde abc hij hij abcdefg
# expect: acegi bdfhj jihgfedcba jhfdb ige
# expect: '' '' ab defghij
# expect: adgj jih
# expect: slice step cannot be zero
