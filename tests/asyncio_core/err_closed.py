# Operations on a closed loop raise "Event loop is closed".
import asyncio
loop = asyncio.new_event_loop()
loop.close()
loop.close()
print(loop.is_closed())
for name, fn in [("call_soon", lambda: loop.call_soon(print)),
                 ("call_later", lambda: loop.call_later(1, print)),
                 ("call_at", lambda: loop.call_at(1, print)),
                 ("run_forever", lambda: loop.run_forever())]:
    try:
        fn()
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
async def c():
    pass
co = c()
try:
    loop.run_until_complete(co)
except RuntimeError as e:
    print("run_until_complete RuntimeError:", e)
co.close()

# expect: True
# expect: call_soon RuntimeError: Event loop is closed
# expect: call_later RuntimeError: Event loop is closed
# expect: call_at RuntimeError: Event loop is closed
# expect: run_forever RuntimeError: Event loop is closed
# expect: run_until_complete RuntimeError: Event loop is closed
