# orrery-only: --timeout is an orrery option
# orrery-flags: --timeout -1
# A timeout that is not a positive number is bad usage: exit status 2.
# exit: 2
print("not reached")
