# A coroutine that returns nothing finishes with StopIteration.value None.
async def nothing():
    print("ran")
c = nothing()
try:
    c.send(None)
except StopIteration as e:
    print(e.value, e.args)

# expect: ran
# expect: None ()
