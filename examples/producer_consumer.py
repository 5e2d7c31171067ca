# producer_consumer.py -- a bakery told step by step with asyncio.Queue.
#
# One baker (the producer) puts loaves on a shelf (the queue). The shelf
# holds at most 2 loaves: when it is full, `await shelf.put(...)` makes the
# baker wait until a seller takes one (back-pressure). Two sellers (the
# consumers) take loaves with `await shelf.get()` -- waiting while the shelf
# is empty -- and call shelf.task_done() after each sale. `await shelf.join()`
# returns when every loaf put on the shelf has been sold.
#
# Nothing here sleeps for real time: `await asyncio.sleep(0)` just lets the
# other tasks run, so the story is the same on every run and every machine.
import asyncio


async def baker(shelf, loaves):
    for loaf in loaves:
        print(f"baker: {loaf} is out of the oven")
        if shelf.full():
            print(f"baker: the shelf is full {shelf}, waiting for room")
        await shelf.put(loaf)
        print(f"baker: put {loaf} on the shelf ({shelf.qsize()} there now)")
    print("baker: done for today")


async def seller(name, shelf, sold):
    while True:
        if shelf.empty():
            print(f"{name}: shelf empty, waiting for bread")
        loaf = await shelf.get()
        print(f"{name}: selling {loaf}")
        # Selling takes a moment: a rye loaf takes longer than the others.
        for _ in range(2 if loaf.startswith("rye") else 1):
            await asyncio.sleep(0)
        sold.append((name, loaf))
        shelf.task_done()
        print(f"{name}: sold {loaf}")


async def main():
    shelf = asyncio.Queue(maxsize=2)
    print("opening the bakery with", shelf)
    sold = []
    sellers = [asyncio.create_task(seller(name, shelf, sold))
               for name in ("ann", "bob")]
    loaves = ["rye-1", "wheat-1", "rye-2", "spelt-1", "wheat-2", "rye-3"]
    await baker(shelf, loaves)
    await shelf.join()          # every loaf has been task_done()
    print("everything sold; the shelf is", shelf)
    for task in sellers:        # the sellers would wait forever: stop them
        task.cancel()
    results = await asyncio.gather(*sellers, return_exceptions=True)
    print("sellers stopped:", [type(r).__name__ for r in results])
    for name in ("ann", "bob"):
        mine = [loaf for who, loaf in sold if who == name]
        print(f"{name} sold {len(mine)}: {', '.join(mine)}")


asyncio.run(main())
