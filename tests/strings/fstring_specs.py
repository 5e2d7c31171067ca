# f-string format specs: width, alignment, fill, precision, sign, grouping, types.
x, name, n = 3.14159265, "pi", 1234567
print(f"{name:>8}|{name:<8}|{name:^8}|{name:*^8}")
print(f"{x:.2f} {x:10.4f} {x:e} {x:.3g} {x:%}")
print(f"{n:,} {n:_} {n:>12,} {-n:+,}")
print(f"{255:b} {255:o} {255:x} {255:#x} {255:#b} {255:08b}")
print(f"{42:5d}|{42:<5d}|{42:^5}|{-42:05d}")
width, prec = 10, 3
print(f"{x:{width}.{prec}f}|")
print(f"{0.5:.0%} {1/3:.4} {1e-7} {1e16} {123.0:g}")

# expect:       pi|pi      |   pi   |***pi***
# expect: 3.14     3.1416 3.141593e+00 3.14 314.159265%
# expect: 1,234,567 1_234_567    1,234,567 -1,234,567
# expect: 11111111 377 ff 0xff 0b11111111 11111111
# expect:    42|42   | 42  |-0042
# expect:      3.142|
# expect: 50% 0.3333 1e-07 1e+16 123
