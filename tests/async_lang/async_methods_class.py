# async methods on classes, awaited from other coroutines.
import asyncio
class Service:
    def __init__(self, name):
        self.name = name
        self.calls = 0
    async def fetch(self, key):
        self.calls += 1
        await asyncio.sleep(0)
        return f"{self.name}:{key}"
    async def fetch_all(self, keys):
        return [await self.fetch(k) for k in keys]
async def main():
    s = Service("api")
    print(await s.fetch_all(["a", "b"]))
    print(await asyncio.gather(s.fetch("x"), s.fetch("y")), s.calls)
asyncio.run(main())

# expect: ['api:a', 'api:b']
# expect: ['api:x', 'api:y'] 4
