# asyncio.timeout(0) or a negative delay expires at the next loop iteration
import asyncio

async def main():
    for delay in (0, -1):
        try:
            async with asyncio.timeout(delay):
                print("enter", delay)
                await asyncio.sleep(0)
                print("never")
        except TimeoutError:
            print("TimeoutError", delay)
    async with asyncio.timeout(0) as cm:
        print("no await, no timeout")
    print(cm.expired())

asyncio.run(main())

# expect: enter 0
# expect: TimeoutError 0
# expect: enter -1
# expect: TimeoutError -1
# expect: no await, no timeout
# expect: False
