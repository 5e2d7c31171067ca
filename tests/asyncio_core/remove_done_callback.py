# remove_done_callback removes every registration and returns the count.
import asyncio
loop = asyncio.new_event_loop()
f = loop.create_future()
def a(fut): print("a")
def b(fut): print("b")
f.add_done_callback(a)
f.add_done_callback(b)
f.add_done_callback(a)
f.add_done_callback(a)
print(f.remove_done_callback(a))
print(f.remove_done_callback(a))
print(f.remove_done_callback(print))
f.set_result(None)
print(f.remove_done_callback(b))
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()

# expect: 3
# expect: 0
# expect: 0
# expect: 0
# expect: b
