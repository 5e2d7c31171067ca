# A callback whose repr finishes the future: repr(future) formats the first
# and last callbacks as they were when it started (the second repr raises).
import asyncio
class C:
    def __init__(self, f): self.f = f
    def __call__(self, fut): pass
    def __repr__(self):
        self.f.set_result(1)
        return "C"
async def main():
    f = asyncio.get_running_loop().create_future()
    f.add_done_callback(C(f)); f.add_done_callback(C(f)); f.add_done_callback(C(f))
    try:
        print(repr(f))
    except Exception as e:
        print(type(e).__name__)
asyncio.run(main())

# expect: InvalidStateError
