# stop() before run_forever: run_forever runs one iteration and returns.
import asyncio
loop = asyncio.new_event_loop()
loop.stop()
loop.call_soon(print, "ran in first iteration")
loop.call_soon(lambda: loop.call_soon(print, "next iteration"))
loop.run_forever()
print("first run done")
loop.call_soon(loop.stop)
loop.run_forever()
print("second run done")
loop.close()

# expect: ran in first iteration
# expect: first run done
# expect: next iteration
# expect: second run done
