# sleep returns None, or its result argument; zero and negative delays do not wait.
import asyncio
async def main():
    print(await asyncio.sleep(0))
    print(await asyncio.sleep(0.01, "result value"))
    print(await asyncio.sleep(0, result=[1, 2]))
    print(await asyncio.sleep(-1, "negative"))
asyncio.run(main())

# expect: None
# expect: result value
# expect: [1, 2]
# expect: negative
