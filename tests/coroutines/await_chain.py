# An await chain suspends as one: the driver sees what the innermost awaitable yielded.
import asyncio
async def leaf():
    print("leaf suspends")
    await asyncio.sleep(0)
    print("leaf resumes")
    return 1
async def middle():
    v = await leaf()
    print("middle got", v)
    return v + 10
async def top():
    v = await middle()
    print("top got", v)
    return v + 100
c = top()
print("driver got", c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("driver finished with", e.value)

# expect: leaf suspends
# expect: driver got None
# expect: leaf resumes
# expect: middle got 1
# expect: top got 11
# expect: driver finished with 111
