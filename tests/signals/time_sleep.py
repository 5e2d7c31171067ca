# Ctrl-C interrupts time.sleep: KeyboardInterrupt at the call, caught by try/except.
# orrery-only: the runner's SIGINT directive (tests/run.py) is checked by hand against CPython 3.11
# sigint: 0.3
import time
print('ready', flush=True)  # expect: ready
try:
    time.sleep(30)
except KeyboardInterrupt as e:
    print('caught', type(e).__name__, e.args)  # expect: caught KeyboardInterrupt ()
print('after')  # expect: after
