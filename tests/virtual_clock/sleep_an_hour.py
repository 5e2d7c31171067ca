# Under --virtual-clock, sleeping a simulated hour advances loop.time() by exactly 3600
# and takes no real time: time.monotonic() stays the real clock.
# orrery-only: the virtual clock is an orrery extension
# orrery-flags: --virtual-clock
import asyncio
import time

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    w0 = time.monotonic()
    await asyncio.sleep(3600)
    print(loop.time() - t0)  # expect: 3600.0
    await asyncio.gather(asyncio.sleep(60), asyncio.sleep(1800))
    print(loop.time() - t0)  # expect: 5400.0
    print(time.monotonic() - w0 < 1.0)  # expect: True

asyncio.run(main())
