# Chained generators interleave their work one item at a time.
def source():
    for i in range(3):
        print("produce", i)
        yield i
def double(xs):
    for x in xs:
        print("double", x)
        yield x * 2
for v in double(source()):
    print("consume", v)

# expect: produce 0
# expect: double 0
# expect: consume 0
# expect: produce 1
# expect: double 1
# expect: consume 2
# expect: produce 2
# expect: double 2
# expect: consume 4
