# break and continue inside try/finally still run the finally block.
for i in range(3):
    try:
        if i == 0:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop", i)
n = 0
while True:
    try:
        n += 1
        if n == 2:
            break
    finally:
        print("while finally", n)

# expect: finally 0
# expect: body 1
# expect: finally 1
# expect: finally 2
# expect: after loop 2
# expect: while finally 1
# expect: while finally 2
