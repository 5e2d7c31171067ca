# Sending a non-None value to a just-started generator is a TypeError.
def g():
    x = yield 1
    yield x
it = g()
try:
    it.send(5)
except TypeError as e:
    print(e)
print(it.send(None), it.send("v"))

# expect: can't send non-None value to a just-started generator
# expect: 1 v
