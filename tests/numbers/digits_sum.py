# Sum of the digits of 2**1000 (Project Euler 16).
print(sum(int(c) for c in str(2 ** 1000)))
print(sum(map(int, str(100 ** 50))))
# expect: 1366
# expect: 1
