# orrery-only: --timeout is an orrery option
# orrery-flags: --timeout 1.5
# A loop blocked in run_forever with no task and no timer is stopped too.
# expect runtime error: orrery: timeout: the program ran longer than 1.5 seconds (--timeout)
import asyncio
loop = asyncio.new_event_loop()
loop.run_forever()
