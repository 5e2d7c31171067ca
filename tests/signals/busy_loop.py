# Ctrl-C during `while True: pass` raises KeyboardInterrupt at the loop; the process dies of SIGINT.
# orrery-only: the runner's SIGINT directive (tests/run.py) is checked by hand against CPython 3.11
# sigint: 0.3
# exit: -2
print('ready', flush=True)  # expect: ready
while True:
    pass
