# f-string format specs: alignment, width, precision, fill, sign, type.
x = 42
f = 3.14159
s = "ab"
print(f"[{x:>5}] [{x:<5}] [{x:^5}]")
print(f"[{f:.2f}] [{f:8.3f}] [{f:.0f}]")
print(f"[{x:05d}] [{x:+d}] [{-x:d}]")
print(f"[{x:x}] [{x:X}] [{x:o}] [{x:b}]")
print(f"[{1234567:,}] [{1234567:_}]")
print(f"[{s:>6}] [{s:*^6}] [{s!r:>6}]")
print(f"[{0.5:.1%}] [{1e6:.2e}]")

# expect: [   42] [42   ] [ 42  ]
# expect: [3.14] [   3.142] [3]
# expect: [00042] [+42] [-42]
# expect: [2a] [2A] [52] [101010]
# expect: [1,234,567] [1_234_567]
# expect: [    ab] [**ab**] [  'ab']
# expect: [50.0%] [1.00e+06]
