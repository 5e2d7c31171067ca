# loop.shutdown_asyncgens() called by hand with run_until_complete closes the generators first iterated in that loop.
import asyncio

async def numbers():
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("numbers closed")

async def main(g):
    print(await g.asend(None))
    print(await g.__anext__())

loop = asyncio.new_event_loop()
g = numbers()
loop.run_until_complete(main(g))
print("before shutdown")
print(loop.run_until_complete(loop.shutdown_asyncgens()))
print("again:", loop.run_until_complete(loop.shutdown_asyncgens()))
loop.close()
print("end")
