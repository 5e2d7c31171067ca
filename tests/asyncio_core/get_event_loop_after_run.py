# After asyncio.run, get_event_loop has no current loop (set_event_loop(None) was called).
import asyncio
async def main():
    return asyncio.get_event_loop() is asyncio.get_running_loop()
print(asyncio.run(main()))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
asyncio.set_event_loop(None)
loop.close()

# expect: True
# expect: RuntimeError: There is no current event loop in thread 'MainThread'.
# expect: True
