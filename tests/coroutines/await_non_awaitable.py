# Only awaitables can be awaited.
import asyncio
async def f():
    await 5
async def g():
    await [1]
for coro in [f(), g()]:
    try:
        coro.send(None)
    except TypeError as e:
        print(e)

# expect: object int can't be used in 'await' expression
# expect: object list can't be used in 'await' expression
