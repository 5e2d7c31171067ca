# A generator that yields after GeneratorExit makes close() raise RuntimeError.
stop = False
def stubborn():
    while not stop:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring exit")
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
stop = True
print(next(g, "finished"))

# expect: ignoring exit
# expect: RuntimeError: generator ignored GeneratorExit
# expect: finished
