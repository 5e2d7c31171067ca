# The traceback of PEP 479's RuntimeError shows the StopIteration as its cause.
def g():
    yield next(iter([]))
for x in g():
    print(x)

# expect runtime error: RuntimeError: generator raised StopIteration
