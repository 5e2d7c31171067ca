# Run by tests/repl/shell_inspect_file.txt before its session (orrery -i FILE).
import asyncio

greeting = 'hello from the file'


async def fetch(n):
    await asyncio.sleep(0)
    return n * 10


def shout(s):
    return s.upper() + '!'


print('setup ran')
