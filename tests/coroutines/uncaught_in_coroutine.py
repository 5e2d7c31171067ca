# The traceback of an error raised inside a hand-driven await chain.
# expect runtime error: ValueError: inner failed
async def inner():
    raise ValueError("inner failed")
async def outer():
    await inner()
c = outer()
c.send(None)
