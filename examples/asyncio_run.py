# asyncio.run(): the one-call way to run a program.
#
# asyncio.run(main()) creates a fresh event loop, runs main() to the end,
# cancels anything left over, closes the loop and returns main()'s value.
# Most programs need nothing else.

import asyncio


async def greet(name, delay):
    await asyncio.sleep(delay)
    print("  hello,", name)
    return len(name)


async def main():
    # Both greetings wait at the same time, so this takes about 0.02 s, not 0.03 s.
    lengths = await asyncio.gather(greet("world", 0.02), greet("orrery", 0.01))
    print("  gather kept argument order:", lengths)
    return sum(lengths)


print("asyncio.run returned", asyncio.run(main()))
