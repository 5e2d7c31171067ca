# Lock: acquire returns True, locked() follows the state, release makes it free again.
import asyncio

async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    print(await lock.acquire())
    print(lock.locked())
    lock.release()
    print(lock.locked())
    async with lock as x:
        print("inside", lock.locked(), x)
    print("outside", lock.locked())

asyncio.run(main())

# expect: False
# expect: True
# expect: True
# expect: False
# expect: inside True None
# expect: outside False
