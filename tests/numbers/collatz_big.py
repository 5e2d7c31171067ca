# The Collatz sequence of a big number.
n = 2 ** 100 + 7
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
# expect: 899
