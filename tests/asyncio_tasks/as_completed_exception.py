# as_completed: awaiting the entry of a failed awaitable raises its exception; the others go on
import asyncio

async def work(x, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(f"{x} failed")
    return x

async def main():
    aws = [work("a", 0.01), work("b", 0.15, fail=True), work("c", 0.3)]
    for f in asyncio.as_completed(aws):
        try:
            print("ok", await f)
        except ValueError as e:
            print("error", e)

asyncio.run(main())

# expect: ok a
# expect: error b failed
# expect: ok c
