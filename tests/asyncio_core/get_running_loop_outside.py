# get_running_loop outside a loop: "no running event loop".
import asyncio
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
print(asyncio._get_running_loop())
async def main():
    return asyncio.get_running_loop() is asyncio._get_running_loop()
print(asyncio.run(main()))

# expect: RuntimeError: no running event loop
# expect: None
# expect: True
