# A finished coroutine cannot be resumed or awaited again.
import asyncio
async def f():
    return "done"
c = f()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
async def main():
    inner = f()
    print(await inner)
    try:
        await inner
    except RuntimeError as e:
        print(e)
asyncio.run(main())

# expect: done
# expect: cannot reuse already awaited coroutine
# expect: done
# expect: cannot reuse already awaited coroutine
