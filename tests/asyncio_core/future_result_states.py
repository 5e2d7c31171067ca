# Future.result()/exception() in each state and InvalidStateError messages.
import asyncio
loop = asyncio.new_event_loop()
f = loop.create_future()
try:
    f.result()
except asyncio.InvalidStateError as e:
    print("result:", type(e).__name__, e)
try:
    f.exception()
except asyncio.InvalidStateError as e:
    print("exception:", type(e).__name__, e)
f.set_result(3)
print(f.result(), f.exception(), f.done(), f.cancelled())
try:
    f.set_result(4)
except asyncio.InvalidStateError as e:
    print("set_result again:", e)
try:
    f.set_exception(ValueError())
except asyncio.InvalidStateError as e:
    print("set_exception after result:", e)
print(f.cancel(), f.cancelled())
loop.close()

# expect: result: InvalidStateError Result is not set.
# expect: exception: InvalidStateError Exception is not set.
# expect: 3 None True False
# expect: set_result again: invalid state
# expect: set_exception after result: invalid state
# expect: False False
