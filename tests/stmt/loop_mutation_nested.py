# Nested loops: break only leaves the innermost loop.
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print(i, j)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    if found:
        break
print("found", found, "in", row)

# expect: 0 0
# expect: 1 0
# expect: 2 0
# expect: found 4 in [3, 4]
