# orrery-only: --timeout is an orrery option
# orrery-flags: --timeout 30
# A program that ends in time is not disturbed by --timeout.
# expect: 4950
import time
time.sleep(0.05)
print(sum(range(100)))
