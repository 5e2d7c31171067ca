# continue inside try/finally in a while loop still runs finally each time.
i = 0
log = []
while i < 5:
    i += 1
    try:
        if i % 2:
            continue
        log.append(i)
    finally:
        log.append(-i)
print(log)

# expect: [-1, 2, -2, -3, 4, -4, -5]
