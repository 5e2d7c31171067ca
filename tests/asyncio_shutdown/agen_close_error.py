# shutdown_asyncgens reports an error raised while closing a generator through the loop's exception handler.
import asyncio

async def bad():
    try:
        yield 1
    finally:
        raise ValueError("boom in finally")

def handler(loop, context):
    print("handler:", context["message"].split(" <")[0])
    print("exception:", repr(context["exception"]))
    print("asyncgen is gen:", context["asyncgen"] is gen)

gen = None

async def main():
    global gen
    asyncio.get_running_loop().set_exception_handler(handler)
    gen = bad()
    async for x in gen:
        print("got", x)
        break

asyncio.run(main())
print("done")
