# orrery-only: event trace
# orrery-flags: --trace --virtual-clock
# --trace outside any event loop: a generator driven by a for loop, a
# coroutine driven by send() and throw() by hand, and one that returns.
def count(n):
    for i in range(n):
        yield i
    return 'done'


class Ping:
    def __await__(self):
        got = yield 'ping'
        return got


async def echo():
    try:
        v = await Ping()
        print('echo got', v)
        await Ping()
    except KeyError:
        return 'handled'


print(list(count(2)))
c = echo()
print(c.send(None))
print(c.send('hello'))
try:
    c.throw(KeyError('k'))
except StopIteration as e:
    print('returned', e.value)

# expect: [0, 1]
# expect: ping
# expect: echo got hello
# expect: ping
# expect: returned handled
