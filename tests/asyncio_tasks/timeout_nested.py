# Nested timeouts: only the timeout that expired turns the cancellation into TimeoutError
import asyncio

async def main():
    try:
        async with asyncio.timeout(1) as outer:
            try:
                async with asyncio.timeout(0.01) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timed out:", inner.expired(), "outer:", outer.expired())
            await asyncio.sleep(0.01)
            print("still inside outer")
    except TimeoutError:
        print("never")
    try:
        async with asyncio.timeout(0.01) as outer:
            async with asyncio.timeout(1) as inner:
                await asyncio.sleep(1)
    except TimeoutError:
        print("outer timed out:", outer.expired(), "inner:", inner.expired())

asyncio.run(main())

# expect: inner timed out: True outer: False
# expect: still inside outer
# expect: outer timed out: True inner: False
