# 'await' at module level, outside any function.
# expect error: SyntaxError: 'await' outside function
# expect error line: 5
import asyncio
await asyncio.sleep(0)
