# asyncio.run inside a running loop raises RuntimeError.
import asyncio
async def inner():
    pass
async def main():
    c = inner()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
asyncio.run(main())

# expect: RuntimeError: asyncio.run() cannot be called from a running event loop
