# Future reprs: pending, finished with result, with exception, cancelled.
import asyncio
loop = asyncio.new_event_loop()
f = loop.create_future()
print(repr(f))
f.set_result([1, "a"])
print(repr(f))
g = loop.create_future()
g.set_exception(ValueError("bad"))
print(repr(g))
g.exception()
h = loop.create_future()
h.cancel()
print(repr(h))
print(str(f))
loop.close()

# expect: <Future pending>
# expect: <Future finished result=[1, 'a']>
# expect: <Future finished exception=ValueError('bad')>
# expect: <Future cancelled>
# expect: <Future finished result=[1, 'a']>
