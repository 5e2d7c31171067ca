# async_context_manager.py -- `async with` told step by step with a fake
# database connection.
#
# `async with Connection("db") as conn:` is short for:
#
#     conn = await Connection("db").__aenter__()
#     try:
#         ...the body...
#     finally:
#         await ....__aexit__(exc_type, exc, traceback)
#
# Both halves are coroutines, so opening and closing may wait (here with
# `await asyncio.sleep(0)`, which just lets other tasks run: the story is the
# same on every run). __aexit__ always runs, even when the body raises; if it
# returns True the exception is swallowed, otherwise it goes on.
import asyncio


class Connection:
    def __init__(self, name):
        self.name = name
        self.open = False
        self.log = []

    async def __aenter__(self):
        print(f"  [{self.name}] connecting...")
        await asyncio.sleep(0)          # the handshake takes a moment
        self.open = True
        print(f"  [{self.name}] connected")
        return self                     # this is what `as conn` receives

    async def __aexit__(self, exc_type, exc, tb):
        if exc_type is None:
            print(f"  [{self.name}] committing {len(self.log)} change(s)")
        else:
            print(f"  [{self.name}] rolling back after {exc_type.__name__}: {exc}")
        await asyncio.sleep(0)          # closing may wait too
        self.open = False
        print(f"  [{self.name}] closed")
        return exc_type is KeyError     # True: swallow KeyError only

    async def execute(self, query):
        if not self.open:
            raise RuntimeError("connection is closed")
        await asyncio.sleep(0)
        self.log.append(query)
        print(f"  [{self.name}] ran {query!r}")


async def main():
    print("1. the happy path: enter, work, commit, close")
    async with Connection("db1") as conn:
        await conn.execute("INSERT 1")
        await conn.execute("INSERT 2")
    print("   still open after the block?", conn.open)

    print("2. an error inside: __aexit__ sees it and rolls back")
    try:
        async with Connection("db2") as conn:
            await conn.execute("UPDATE x")
            raise ValueError("bad row")
    except ValueError as e:
        print("   the ValueError went on to the caller:", e)

    print("3. __aexit__ returning True swallows the exception")
    async with Connection("db3") as conn:
        raise KeyError("missing")
    print("   no KeyError here: the block just ended")

    print("4. two connections at once, in two tasks")
    async def worker(name):
        async with Connection(name) as c:
            await c.execute(f"SELECT from {name}")
        return name
    print("   results:", await asyncio.gather(worker("left"), worker("right")))


asyncio.run(main())
