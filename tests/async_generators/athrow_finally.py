# athrow() raises inside the async generator at its yield; aclose() runs its finally blocks.
import asyncio

async def numbers():
    try:
        n = 0
        while True:
            try:
                yield n
            except ValueError as e:
                print("generator caught", e)
                n += 100
            n += 1
    finally:
        print("generator cleanup")
        await asyncio.sleep(0)
        print("cleanup done")

async def main():
    g = numbers()
    print(await g.__anext__())
    print(await g.__anext__())
    print(await g.athrow(ValueError("boom")))
    print(await g.asend("ignored"))
    await g.aclose()
    print(g.ag_running, g.ag_frame)

asyncio.run(main())
# expect: 0
# expect: 1
# expect: generator caught boom
# expect: 102
# expect: 103
# expect: generator cleanup
# expect: cleanup done
# expect: False None
