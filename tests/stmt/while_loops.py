# while with break, continue and else (else runs only without break).
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print("i", i)
else:
    print("not reached")
print("after", i)
n = 0
while n < 3:
    n += 1
else:
    print("else ran", n)
while False:
    pass
else:
    print("else of a loop that never ran")

# expect: i 1
# expect: i 3
# expect: after 4
# expect: else ran 3
# expect: else of a loop that never ran
