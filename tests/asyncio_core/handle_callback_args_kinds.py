# call_soon passes positional args through unchanged; the handle is returned.
import asyncio
loop = asyncio.new_event_loop()
def show(*args):
    print(args)
loop.call_soon(show)
loop.call_soon(show, None, [1], {"k": 2})
loop.call_later(0.05, show, "late", 1.5)
loop.call_later(0.1, loop.stop)
loop.run_forever()
loop.close()

# expect: ()
# expect: (None, [1], {'k': 2})
# expect: ('late', 1.5)
