# run_until_complete with an object that has __await__.
import asyncio
class Aw:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "from awaitable"
loop = asyncio.new_event_loop()
print(loop.run_until_complete(Aw()))
loop.close()

# expect: from awaitable
