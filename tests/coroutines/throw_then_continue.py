# A coroutine that catches a thrown exception can keep running and suspend again.
import asyncio
async def resilient():
    for i in range(3):
        try:
            await asyncio.sleep(0)
            print("round", i, "ok")
        except ValueError as e:
            print("round", i, "got", e)
    return "survived"
c = resilient()
print(c.send(None))
print(c.throw(ValueError("first")))
print(c.send(None))
try:
    c.throw(ValueError("second"))
except StopIteration as e:
    print(e.value)

# expect: None
# expect: round 0 got first
# expect: None
# expect: round 1 ok
# expect: None
# expect: round 2 got second
# expect: survived
