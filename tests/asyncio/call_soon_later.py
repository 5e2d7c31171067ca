# The loop's own callbacks: call_soon runs in FIFO order, call_later after a delay.
import asyncio
loop = asyncio.new_event_loop()
def say(msg):
    print(msg)
loop.call_later(0.02, say, "later 0.02")
loop.call_later(0.01, say, "later 0.01")
loop.call_soon(say, "soon 1")
loop.call_soon(say, "soon 2")
loop.call_later(0.03, loop.stop)
loop.run_forever()
print("stopped", loop.is_running())
loop.close()

# expect: soon 1
# expect: soon 2
# expect: later 0.01
# expect: later 0.02
# expect: stopped False
