# run_forever returns after stop() is called from a callback; the loop can run again.
import asyncio
loop = asyncio.new_event_loop()
def cb(n):
    print("cb", n, loop.is_running())
    loop.stop()
    print("after stop", loop.is_running())
loop.call_soon(cb, 1)
loop.call_soon(print, "same iteration")
loop.run_forever()
print("returned", loop.is_running())
loop.call_soon(cb, 2)
loop.run_forever()
print("returned again")
loop.close()

# expect: cb 1 True
# expect: after stop True
# expect: same iteration
# expect: returned False
# expect: cb 2 True
# expect: after stop True
# expect: returned again
