# Future with exception: exception() is the same object each time; result() re-raises it.
import asyncio
loop = asyncio.new_event_loop()
f = loop.create_future()
err = OSError(2, "nope")
f.set_exception(err)
print(f.exception() is err, f.exception() is err)
for _ in range(2):
    try:
        f.result()
    except OSError as e:
        print(e is err, e.errno, e.strerror)
loop.close()

# expect: True True
# expect: True 2 nope
# expect: True 2 nope
