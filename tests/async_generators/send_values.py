# asend(value) delivers a value into the async generator; errors inside propagate to the awaiter.
import asyncio

async def echo():
    received = yield "ready"
    while True:
        if received == "stop":
            return
        if received == "fail":
            raise KeyError("bad input")
        received = yield "echo: " + str(received)

async def main():
    g = echo()
    print(await g.asend(None))
    print(await g.asend(1))
    print(await g.asend("two"))
    try:
        await g.asend("stop")
    except StopAsyncIteration:
        print("finished")
    g2 = echo()
    await g2.asend(None)
    try:
        await g2.asend("fail")
    except KeyError as e:
        print("KeyError", e)
    try:
        await g2.asend("again")
    except StopAsyncIteration:
        print("closed after error")

asyncio.run(main())
# expect: ready
# expect: echo: 1
# expect: echo: two
# expect: finished
# expect: KeyError 'bad input'
# expect: closed after error
