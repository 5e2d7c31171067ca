# An uncaught Ctrl-C in time.sleep: CPython's traceback, then death by SIGINT.
# orrery-only: the runner's SIGINT directive (tests/run.py) is checked by hand against CPython 3.11
# sigint: 0.3
# exit: -2
import time
print('ready', flush=True)  # expect: ready
time.sleep(30)
