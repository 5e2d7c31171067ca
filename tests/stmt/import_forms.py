# import x, import x as y, from x import y, from x import y as z.
import asyncio
import time as t
from asyncio import sleep
from asyncio import sleep as nap, run
import sys, time
print(asyncio.sleep is sleep, nap is sleep, run is asyncio.run)
print(t is time, t.sleep is time.sleep)
print(type(sys).__name__, type(asyncio).__name__)

# expect: True True True
# expect: True True
# expect: module module
