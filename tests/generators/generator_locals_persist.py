# Local state survives between yields.
def counter(start):
    n = start
    history = []
    while n > 0:
        history.append(n)
        yield n, list(history)
        n -= 1
for item in counter(3):
    print(item)

# expect: (3, [3])
# expect: (2, [3, 2])
# expect: (1, [3, 2, 1])
