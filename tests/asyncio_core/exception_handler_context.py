# set_exception_handler receives a context dict (sorted keys printed).
import asyncio
def handler(loop, context):
    print("handler", sorted(context), context["message"], repr(context.get("exception")))
loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)
def boom():
    raise ZeroDivisionError("zz")
loop.call_soon(boom)
loop.call_soon(loop.stop)
loop.run_forever()
loop.call_exception_handler({"message": "custom", "x": 1})
loop.set_exception_handler(None)
print(loop.get_exception_handler())
loop.close()

# expect: True
# expect: handler ['exception', 'handle', 'message'] Exception in callback boom() at tests/asyncio_core/exception_handler_context.py:8 ZeroDivisionError('zz')
# expect: handler ['message', 'x'] custom None
# expect: None
