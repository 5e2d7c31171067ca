# orrery-only: --max-memory is an orrery option
# orrery-flags: --max-memory 12Q
# A value that is not a size is bad usage: exit status 2, nothing run.
# exit: 2
print("not reached")
