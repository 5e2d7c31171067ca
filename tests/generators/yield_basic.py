# A generator function yields values lazily, one per next().
def gen():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")
g = gen()
print("created")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(list(gen()))

# expect: created
# expect: start
# expect: 1
# expect: middle
# expect: 2
# expect: end
# expect: StopIteration None
# expect: start
# expect: middle
# expect: end
# expect: [1, 2]
