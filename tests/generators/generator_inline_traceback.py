# A generator resumed by send() inside a for loop raises: the traceback shows the caller's lines and the generator's.
def inner():
    x = yield 1
    yield 10 // x

def outer():
    g = inner()
    for v in g:
        print("got", v)
        print(g.send(0))

outer()
# exit: 1
