# A coroutine dropped without being awaited makes CPython print a RuntimeWarning.
async def forgotten():
    return 1
c = forgotten()
del c
print("after del")

# expect: after del
