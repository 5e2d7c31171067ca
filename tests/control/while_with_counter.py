# Classic while loops: Collatz and digit sums.
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 11)], collatz(27))
n, s = 987654321, 0
while n:
    n, d = divmod(n, 10)
    s += d
print(s)

# expect: [0, 1, 7, 2, 5, 8, 16, 3, 19, 6] 111
# expect: 45
