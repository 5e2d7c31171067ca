# orrery-only: --timeout is an orrery option
# orrery-flags: --timeout 1.5
# time.sleep is cut short by --timeout.
# expect runtime error: orrery: timeout: the program ran longer than 1.5 seconds (--timeout)
import time
time.sleep(60)
print("not reached")
