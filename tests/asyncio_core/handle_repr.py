# Reprs of Handle and TimerHandle, pending and cancelled.
# normalize-addresses
import asyncio
loop = asyncio.new_event_loop()
def f(*a):
    pass
h = loop.call_soon(f, 1, "x")
print(repr(h).startswith("<Handle f(1, 'x')"), repr(h).split(" at ")[0])
h.cancel()
print(repr(h))
t = loop.call_later(5, f)
print(repr(t).split(" when=")[0])
t.cancel()
print(repr(t).split(" when=")[0])
loop.close()

# expect: True <Handle f(1, 'x')
# expect: <Handle cancelled>
# expect: <TimerHandle
# expect: <TimerHandle cancelled
