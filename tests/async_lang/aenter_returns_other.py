# The as-target receives __aenter__'s result, which may be any object.
import asyncio
class Tx:
    async def __aenter__(self):
        return {"id": 7}
    async def __aexit__(self, *a):
        print("commit")
async def main():
    async with Tx() as info:
        print(info["id"])
    async with Tx():
        print("no target")
asyncio.run(main())

# expect: 7
# expect: commit
# expect: no target
# expect: commit
