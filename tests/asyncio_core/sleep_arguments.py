# asyncio.sleep(delay, result=None): its arguments and their errors, as CPython checks them.
import asyncio
async def main():
    print(await asyncio.sleep(0), await asyncio.sleep(0, "r"), await asyncio.sleep(delay=0, result=5))
    for bad in ((), (1, 2, 3)):
        try:
            await asyncio.sleep(*bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        await asyncio.sleep(0, x=1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.sleep("a")
    except TypeError as e:
        print("TypeError:", e)
asyncio.run(main())
# expect: None r 5
# expect: TypeError: sleep() missing 1 required positional argument: 'delay'
# expect: TypeError: sleep() takes from 1 to 2 positional arguments but 3 were given
# expect: TypeError: sleep() got an unexpected keyword argument 'x'
# expect: TypeError: '<=' not supported between instances of 'str' and 'int'
