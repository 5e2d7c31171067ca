# orrery-only: --max-memory is an orrery option (CPython has no such cap)
# orrery-flags: --max-memory 20M
# Growing past the cap raises MemoryError, which can be caught; what the
# program held is then freed and it goes on.
chunks = []
try:
    while True:
        chunks.append([0] * 100000)
except MemoryError as e:
    print("MemoryError", repr(str(e)), len(chunks) > 5)
n = len(chunks)
chunks = None
# The same amount again fits once the first is garbage (collected at the
# next safe point: a call or a loop's jump).
def fill(k):
    out = []
    for i in range(k):
        out.append([0] * 100000)
    return out
again = fill(n // 2)
print("again", len(again) == n // 2)
again = None
try:
    s = "x" * 30000000
except MemoryError:
    print("big str refused")
try:
    s = "ab".ljust(30000000)
except MemoryError:
    print("big ljust refused")
print("done")
# expect: MemoryError '' True
# expect: again True
# expect: big str refused
# expect: big ljust refused
# expect: done
