# set_event_loop/get_event_loop identity; a running loop wins over the set one.
import asyncio
a = asyncio.new_event_loop()
b = asyncio.new_event_loop()
asyncio.set_event_loop(a)
print(asyncio.get_event_loop() is a)
def cb():
    print("inside b:", asyncio.get_event_loop() is b)
    b.stop()
b.call_soon(cb)
b.run_forever()
print(asyncio.get_event_loop() is a)
asyncio.set_event_loop(None)
a.close()
b.close()
print(a is not b)

# expect: True
# expect: inside b: True
# expect: True
# expect: True
