# orrery-only: --timeout is an orrery option
# orrery-flags: --timeout 1.5
# C code that never reaches a check (a huge sum) is ended by the timer's
# grace period, two seconds later, with a shorter message.
# expect runtime error: orrery: timeout: the program ran longer than --timeout allows
print(sum(range(10**15)))
