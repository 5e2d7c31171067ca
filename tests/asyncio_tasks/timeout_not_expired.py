# asyncio.timeout: a block that finishes in time; the states in repr
import asyncio

async def main():
    cm = asyncio.timeout(None)
    print(repr(cm), cm.when(), cm.expired())
    async with cm as same:
        print(same is cm, repr(cm))
        await asyncio.sleep(0.01)
    print(repr(cm), cm.expired())
    async with asyncio.timeout(1) as cm2:
        r = await asyncio.sleep(0.01, "slept")
    print(r, cm2.expired(), repr(cm2))
    print(type(cm2).__name__, type(cm2) is asyncio.Timeout)

asyncio.run(main())

# expect: <Timeout [created]> None False
# expect: True <Timeout [active] when=None>
# expect: <Timeout [finished]> False
# expect: slept False <Timeout [finished]>
# expect: Timeout True
