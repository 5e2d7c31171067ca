# close() inside the running loop: "Cannot close a running event loop".
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(loop.is_closed(), loop.is_running())
asyncio.run(main())

# expect: RuntimeError: Cannot close a running event loop
# expect: False True
