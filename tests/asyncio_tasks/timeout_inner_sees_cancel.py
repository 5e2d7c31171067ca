# asyncio.timeout: inside the block the expiry is a CancelledError; finally blocks run
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError as e:
                print("inside: CancelledError", e.args)
                raise
            finally:
                print("inside: finally")
    except TimeoutError:
        print("outside: TimeoutError")

asyncio.run(main())

# expect: inside: CancelledError ()
# expect: inside: finally
# expect: outside: TimeoutError
