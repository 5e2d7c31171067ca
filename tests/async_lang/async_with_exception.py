# __aexit__ sees the exception and can suppress it.
import asyncio
class Guard:
    async def __aenter__(self):
        return "guarded"
    async def __aexit__(self, et, ev, tb):
        if et is ValueError:
            print("suppressing", ev)
            return True
        print("passing through", et.__name__ if et else None)
async def main():
    async with Guard() as g:
        print(g)
        raise ValueError("inside")
    try:
        async with Guard():
            raise KeyError("k")
    except KeyError as e:
        print("caught", e)
    async with Guard():
        pass
asyncio.run(main())

# expect: guarded
# expect: suppressing inside
# expect: passing through KeyError
# expect: caught 'k'
# expect: passing through None
