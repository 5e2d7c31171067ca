# Producer/consumer with asyncio using a plain list as the buffer and sleep(0).
import asyncio


class Buffer:
    def __init__(self, capacity):
        self.items = []
        self.capacity = capacity
        self.closed = False
        self.max_seen = 0

    async def put(self, item):
        while len(self.items) >= self.capacity:
            await asyncio.sleep(0)
        self.items.append(item)
        self.max_seen = max(self.max_seen, len(self.items))

    async def get(self):
        while not self.items:
            if self.closed:
                return None
            await asyncio.sleep(0)
        return self.items.pop(0)


async def producer(name, buf, count):
    for i in range(count):
        item = f"{name}{i}"
        await buf.put(item)
        print(f"{name} produced {item}")
        await asyncio.sleep(0)
    print(f"{name} finished")


async def consumer(name, buf, results):
    handled = 0
    while True:
        item = await buf.get()
        if item is None:
            break
        results.append((name, item))
        handled += 1
        await asyncio.sleep(0)
        await asyncio.sleep(0)
    print(f"{name} handled {handled}")
    return handled


async def main():
    buf = Buffer(capacity=2)
    results = []
    consumers = [asyncio.create_task(consumer(n, buf, results)) for n in ("c1", "c2")]
    await asyncio.gather(producer("p", buf, 5), producer("q", buf, 3))
    buf.closed = True
    counts = await asyncio.gather(*consumers)
    print("counts:", counts, "total:", sum(counts))
    print("items:", sorted(item for _, item in results))
    print("max buffer fill:", buf.max_seen)


asyncio.run(main())
