# get_running_loop() works only while a loop is running.
import asyncio
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("outside:", e)
async def main():
    loop = asyncio.get_running_loop()
    print("inside:", loop.is_running(), loop is asyncio.get_event_loop())
    return loop
loop = asyncio.run(main())
print("after run:", loop.is_running(), loop.is_closed())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("current_task outside:", e)

# expect: outside: no running event loop
# expect: inside: True True
# expect: after run: False True
# expect: current_task outside: no running event loop
