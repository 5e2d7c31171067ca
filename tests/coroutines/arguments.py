# async def takes arguments like def; the body runs only when driven.
async def greet(name, greeting="hello", *rest):
    print("running greet")
    return greeting + " " + name + str(rest)
c = greet("ada", "hi", 1, 2)
print("created")
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
d = greet(name="bob")
try:
    d.send(None)
except StopIteration as e:
    print(e.value)

# expect: created
# expect: running greet
# expect: hi ada(1, 2)
# expect: running greet
# expect: hello bob()
