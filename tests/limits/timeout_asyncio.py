# orrery-only: --timeout is an orrery option
# orrery-flags: --timeout 1.5
# An event loop waiting for a far timer, and one with nothing to do at all,
# are both stopped by --timeout.
# expect runtime error: orrery: timeout: the program ran longer than 1.5 seconds (--timeout)
import asyncio

async def main():
    await asyncio.sleep(3600)

asyncio.run(main())
