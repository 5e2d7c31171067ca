# asyncio.run(main()) makes a new loop, runs main, closes the loop, returns main's value.
import asyncio
loops = []
async def main(tag):
    loops.append(asyncio.get_running_loop())
    await asyncio.sleep(0.01)
    return "main " + tag + " done"
print(asyncio.run(main("one")))
print(asyncio.run(main("two")))
print(loops[0] is loops[1], loops[0].is_closed(), loops[1].is_closed())
try:
    asyncio.run(42)
except ValueError as e:
    print(e)

# expect: main one done
# expect: main two done
# expect: False True True
# expect: a coroutine was expected, got 42
