# async with Lock releases the lock when the body raises.
import asyncio

async def main():
    lock = asyncio.Lock()
    try:
        async with lock:
            print("locked:", lock.locked())
            raise KeyError("boom")
    except KeyError as e:
        print("caught", repr(e))
    print("locked:", lock.locked())

asyncio.run(main())

# expect: locked: True
# expect: caught KeyError('boom')
# expect: locked: False
