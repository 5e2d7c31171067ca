# The shutdown pattern: cancel every task left, gather them with return_exceptions, close.
import asyncio
async def forever(name):
    try:
        while True:
            await asyncio.sleep(10)   # long: no timer may fire before the cancels, even under valgrind
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
async def short():
    await asyncio.sleep(0)
    return "short done"
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.create_task(forever("first"))
loop.create_task(forever("second"))
print(loop.run_until_complete(short()))
pending = asyncio.all_tasks(loop)
print("pending:", len(pending))
for task in pending:
    task.cancel()
results = loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
print([type(r).__name__ for r in results])
print("left:", len(asyncio.all_tasks(loop)))
loop.close()
print("closed:", loop.is_closed())

# expect: short done
# expect: pending: 2
# expect: first cancelled
# expect: second cancelled
# expect: ['CancelledError', 'CancelledError']
# expect: left: 0
# expect: closed: True
