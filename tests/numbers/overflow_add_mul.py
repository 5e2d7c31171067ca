# Sums and products that leave int64 become big; those that come back are small again.
a = 9223372036854775807
print(a + 1, a * 2, a * a)
b = a + 1
print(b - 1, (b - 1) == a, type(b - 1).__name__)
print(-a - 2)
# expect: 9223372036854775808 18446744073709551614 85070591730234615847396907784232501249
# expect: 9223372036854775807 True int
# expect: -9223372036854775809
