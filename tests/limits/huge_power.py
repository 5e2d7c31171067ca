# orrery-only: CPython computes these for minutes and gigabytes; orrery refuses results above 2**32 bits at once (docs/reliability.md)
# An int result too big to hold raises MemoryError up front.
for label, f in [("10**10**10", lambda: 10**10**10), ("2**2**40", lambda: 2**2**40),
                 ("1 << 2**40", lambda: 1 << 2**40)]:
    try:
        f()
        print(label, "computed")
    except MemoryError as e:
        print(label, "MemoryError", repr(str(e)))
print(pow(10, 10**10, 7), (2**1000).bit_length())
# expect: 10**10**10 MemoryError ''
# expect: 2**2**40 MemoryError ''
# expect: 1 << 2**40 MemoryError ''
# expect: 4 1001
