# Future.cancel(msg): CancelledError carries the message; result() and exception() raise it.
import asyncio
loop = asyncio.new_event_loop()
f = loop.create_future()
print(f.cancel(msg="stop now"))
print(f.cancelled(), f.done(), f.cancel())
for meth in (f.result, f.exception):
    try:
        meth()
    except asyncio.CancelledError as e:
        print(meth.__name__, "CancelledError", e.args)
g = loop.create_future()
g.cancel()
try:
    g.result()
except asyncio.CancelledError as e:
    print("no msg", e.args)
try:
    g.set_result(1)
except asyncio.InvalidStateError as e:
    print("InvalidStateError:", e)
loop.close()

# expect: True
# expect: True True False
# expect: result CancelledError ('stop now',)
# expect: exception CancelledError ('stop now',)
# expect: no msg ()
# expect: InvalidStateError: invalid state
