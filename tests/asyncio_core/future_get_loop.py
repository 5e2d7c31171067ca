# Future.get_loop() and asyncio.Future() inside a running loop.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = asyncio.Future()
    print(f.get_loop() is loop)
    t = asyncio.current_task()
    print(t.get_loop() is loop)
    f.cancel()
asyncio.run(main())

# expect: True
# expect: True
