# break and continue affect only the innermost loop.
for i in range(4):
    if i == 1:
        continue
    for j in range(4):
        if j > i:
            break
        if j == 1:
            continue
        print(i, j)
    else:
        print("inner completed for", i)
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print(found)

# expect: 0 0
# expect: 2 0
# expect: 2 2
# expect: 3 0
# expect: 3 2
# expect: 3 3
# expect: inner completed for 3
# expect: (2, 3)
