# An async def is a function; calling it makes a coroutine object without running the body.
import asyncio
async def f():
    print("body runs")
    return 1
print(type(f))
c = f()
print(type(c))
print(type(c).__name__, f.__name__, c.__name__)
print(asyncio.iscoroutine(c), asyncio.iscoroutine(f), asyncio.iscoroutinefunction(f))
c.close()
print("closed without running the body")

# expect: <class 'function'>
# expect: <class 'coroutine'>
# expect: coroutine f f
# expect: True False True
# expect: closed without running the body
