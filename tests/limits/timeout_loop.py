# orrery-only: --timeout is an orrery option
# orrery-flags: --timeout 1.5
# A runaway loop is stopped after the time given, even one that catches
# every exception; output printed before stays.
# expect: started
# expect runtime error: orrery: timeout: the program ran longer than 1.5 seconds (--timeout)
print("started", flush=True)
while True:
    try:
        while True:
            pass
    except BaseException:
        pass
