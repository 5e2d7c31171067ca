# wait_for(shield(task)): the timeout cancels only the shield; the task runs to completion
import asyncio

async def important(gate):
    await gate                  # opened by main after the timeout
    print("important: finished")
    return "saved"

async def main():
    gate = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(important(gate))
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.01)
    except TimeoutError:
        print("timed out; task cancelled?", t.cancelled())
    gate.set_result(None)
    print(await t)

asyncio.run(main())

# expect: timed out; task cancelled? False
# expect: important: finished
# expect: saved
