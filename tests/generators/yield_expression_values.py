# yield as an expression: in assignments, arguments and with no value.
def g():
    a = yield
    b = (yield a) + 1
    print("got", a, b)
    yield [(yield), (yield)]
it = g()
print(next(it))
print(it.send("A"))
print(it.send(10))
print(it.send("x"))
print(it.send("y"))

# expect: None
# expect: A
# expect: got A 11
# expect: None
# expect: None
# expect: ['x', 'y']
