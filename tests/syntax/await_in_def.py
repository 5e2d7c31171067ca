# 'await' inside a plain def, not an async def.
# expect error: SyntaxError: 'await' outside async function
# expect error line: 6
import asyncio
def f():
    await asyncio.sleep(0)
