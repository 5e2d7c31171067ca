# Done callbacks run in registration order, via call_soon, after set_result returns.
import asyncio
loop = asyncio.new_event_loop()
f = loop.create_future()
for i in range(3):
    f.add_done_callback(lambda fut, i=i: print("cb", i, fut.result()))
f.set_result("r")
print("after set_result")
f.add_done_callback(lambda fut: print("late cb"))
print("after late add")
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()

# expect: after set_result
# expect: after late add
# expect: cb 0 r
# expect: cb 1 r
# expect: cb 2 r
# expect: late cb
