# Timeout: the RuntimeErrors for reschedule and re-entering in each state
import asyncio

async def main():
    cm = asyncio.timeout(1)
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with cm:
        pass
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with asyncio.timeout(0) as cm2:
            await asyncio.sleep(1)
    except TimeoutError:
        pass
    try:
        cm2.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())

# expect: RuntimeError: Timeout has not been entered
# expect: RuntimeError: Cannot change state of finished Timeout
# expect: RuntimeError: Timeout has already been entered
# expect: RuntimeError: Cannot change state of expired Timeout
