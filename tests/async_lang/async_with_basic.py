# async with calls __aenter__ and __aexit__ and awaits them.
import asyncio
class Conn:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("connect", self.name)
        await asyncio.sleep(0)
        return self
    async def __aexit__(self, et, ev, tb):
        print("disconnect", self.name, et)
        return False
async def main():
    async with Conn("db") as c:
        print("using", c.name)
    print("after")
asyncio.run(main())

# expect: connect db
# expect: using db
# expect: disconnect db None
# expect: after
