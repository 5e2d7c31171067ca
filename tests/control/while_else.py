# while/else: else runs when the condition becomes false, not after break.
n = 0
while n < 3:
    n += 1
else:
    print("loop finished, n =", n)
n = 0
while True:
    n += 1
    if n == 2:
        break
else:
    print("not printed")
print("broke at", n)
while False:
    pass
else:
    print("else of a loop that never ran")

# expect: loop finished, n = 3
# expect: broke at 2
# expect: else of a loop that never ran
