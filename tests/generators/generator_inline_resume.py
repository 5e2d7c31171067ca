# send() and for loops resume generators in the dispatch loop: results, StopIteration values, errors and tracebacks are as through C.
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

g = acc()
print(g.send(None), g.send(3), g.send(4))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value, e.args)
try:
    g.send(1)
except StopIteration as e:
    print("stop again", e.args)

def once():
    yield 1
g = once()
print(g.send(None))
try:
    g.send(2)
except StopIteration as e:
    print("bare stop", e.args, e.value)

g = acc()
try:
    g.send(5)
except TypeError as e:
    print(e)

def boom():
    yield 1
    raise ValueError("inside")
g = boom()
next(g)
try:
    g.send(None)
except ValueError as e:
    print("caught", e)

def leaks():
    yield 1
    raise StopIteration("x")
try:
    for v in leaks():
        print("got", v)
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)

def selfish():
    yield me.send(None)
me = selfish()
try:
    next(me)
except ValueError as e:
    print(e)

def count(n):
    for i in range(n):
        yield i
    return "done"
print([x * x for x in count(5)])
print(sum(count(101)))
for x in count(3):
    for y in count(2):
        print(x, y, end="; ")
print()

def chain_of(depth):
    if depth == 0:
        yield "leaf"
    else:
        for v in chain_of(depth - 1):
            yield v
print(list(chain_of(300)))

try:
    try:
        raise KeyError("outer")
    except KeyError:
        g = boom()
        next(g)
        next(g)
except ValueError as e:
    print("context", repr(e.__context__))

send = acc().send
print(send(None), send(10), send(5))
# expect: 0 3 7
# expect: stop 7 (7,)
# expect: stop again ()
# expect: 1
# expect: bare stop () None
# expect: can't send non-None value to a just-started generator
# expect: caught inside
# expect: got 1
# expect: generator raised StopIteration StopIteration
# expect: generator already executing
# expect: [0, 1, 4, 9, 16]
# expect: 5050
# expect: 0 0; 0 1; 1 0; 1 1; 2 0; 2 1; 
# expect: ['leaf']
# expect: context KeyError('outer')
# expect: 0 10 15
