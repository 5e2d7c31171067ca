# A done callback that raises goes to the exception handler; the others still run.
import asyncio
loop = asyncio.new_event_loop()
loop.set_exception_handler(lambda l, ctx: print("handler:", ctx["message"].split(" at ")[0], repr(ctx["exception"])))
f = loop.create_future()
def bad(fut):
    raise ValueError("cb failed")
f.add_done_callback(bad)
f.add_done_callback(lambda fut: print("second callback ran"))
f.set_result(1)
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()

# expect: handler: Exception in callback bad(<Future finished result=1>) ValueError('cb failed')
# expect: second callback ran
