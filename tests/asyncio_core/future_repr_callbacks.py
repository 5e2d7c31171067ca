# Future repr lists pending done callbacks.
import asyncio
loop = asyncio.new_event_loop()
f = loop.create_future()
def first(fut): pass
def second(fut): pass
f.add_done_callback(first)
print(repr(f))
f.add_done_callback(second)
print(repr(f))
f.add_done_callback(first)
print(repr(f))
f.remove_done_callback(first)
f.remove_done_callback(second)
loop.close()

# expect: <Future pending cb=[first() at tests/asyncio_core/future_repr_callbacks.py:5]>
# expect: <Future pending cb=[first() at tests/asyncio_core/future_repr_callbacks.py:5, second() at tests/asyncio_core/future_repr_callbacks.py:6]>
# expect: <Future pending cb=[first() at tests/asyncio_core/future_repr_callbacks.py:5, <1 more>, first() at tests/asyncio_core/future_repr_callbacks.py:5]>
