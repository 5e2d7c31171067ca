# repr of a coroutine and of a coroutine function (addresses normalized).
# normalize-addresses
async def fetch():
    return 0
print(repr(fetch))
c = fetch()
print(repr(c))
print(str(c) == repr(c))
c.close()

# expect: <function fetch at 0x...>
# expect: <coroutine object fetch at 0x...>
# expect: True
