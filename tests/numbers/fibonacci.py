# Fibonacci numbers past 64 bits.
a, b = 0, 1
for i in range(150):
    a, b = b, a + b
print(a)
print(a % 1000000007, a.bit_length())
# expect: 9969216677189303386214405760200
# expect: 895819540 103
