# Breaking out of a for loop leaves the generator suspended; finally runs on close.
def g():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator finalized")
it = g()
for x in it:
    if x == 2:
        break
print("after break", x)
print(next(it))
it.close()
print("end")

# expect: after break 2
# expect: 3
# expect: generator finalized
# expect: end
