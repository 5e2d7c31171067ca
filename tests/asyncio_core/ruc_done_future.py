# run_until_complete with an already-done future returns immediately.
import asyncio
loop = asyncio.new_event_loop()
f = loop.create_future()
f.set_result(42)
print(loop.run_until_complete(f))
g = loop.create_future()
g.set_exception(KeyError("k"))
try:
    loop.run_until_complete(g)
except KeyError as e:
    print("raised", repr(e))
loop.close()

# expect: 42
# expect: raised KeyError('k')
