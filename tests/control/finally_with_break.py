# finally runs when break or continue leaves the try block.
for i in range(3):
    try:
        if i == 0:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
print("done")

# expect: finally 0
# expect: body 1
# expect: finally 1
# expect: finally 2
# expect: done
