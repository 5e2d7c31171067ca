# asyncio.run twice in a row uses a fresh loop each time.
import asyncio
loops = []
async def main(n):
    loops.append(asyncio.get_running_loop())
    await asyncio.sleep(0)
    return n
print(asyncio.run(main(1)))
print(asyncio.run(main(2)))
print(loops[0] is loops[1], loops[0].is_closed(), loops[1].is_closed())

# expect: 1
# expect: 2
# expect: False True True
