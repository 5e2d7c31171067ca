# try/finally inside a generator with return in the middle.
def g():
    try:
        yield 1
        return "early"
    finally:
        print("finally runs")
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value", e.value)

# expect: 1
# expect: finally runs
# expect: value early
