# A traceback through a generator frame and a for loop.
def rows():
    yield "1,2"
    yield "3,x"
def totals():
    for r in rows():
        yield sum(int(v) for v in r.split(","))
for t in totals():
    print(t)

# expect runtime error: ValueError: invalid literal for int() with base 10: 'x'
# expect: 3
