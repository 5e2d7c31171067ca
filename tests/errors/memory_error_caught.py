# Huge allocations raise MemoryError (no message), and the program goes on.
for make in (lambda: [0] * 10**12, lambda: "x" * 10**12, lambda: [None] * (2**62)):
    try:
        make()
    except MemoryError as e:
        print(type(e).__name__, e.args, repr(str(e)))
l = [1, 2]
try:
    l *= 10**13
except MemoryError:
    print("in place too", len(l))
print("still running")
# expect: MemoryError () ''
# expect: MemoryError () ''
# expect: MemoryError () ''
# expect: in place too 2
# expect: still running
