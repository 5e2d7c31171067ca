# send() resumes the generator and makes yield evaluate to the sent value.
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

# expect: 0
# expect: 1
# expect: 2
# expect: returned ['a', 'b']
