# A generator as a simple parser state machine driven by send.
def grep(pattern):
    print("looking for", pattern)
    matches = 0
    try:
        while True:
            line = yield
            if pattern in line:
                matches += 1
                print("match:", line)
    except GeneratorExit:
        print("total matches", matches)
g = grep("py")
next(g)
for line in ["python", "ruby", "pypy", "go"]:
    g.send(line)
g.close()

# expect: looking for py
# expect: match: python
# expect: match: pypy
# expect: total matches 2
