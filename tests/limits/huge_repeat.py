# Repeating a sequence past what memory can hold raises MemoryError (no
# message) or OverflowError, as CPython, and never crashes.
def attempt(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__, len(r))
    except (MemoryError, OverflowError) as e:
        print(label, "->", type(e).__name__ + ":", repr(str(e)))

attempt("str * 10**12", lambda: 'x' * 10**12)
attempt("list * 10**12", lambda: [0] * 10**12)
attempt("tuple * 10**12", lambda: (0,) * 10**12)
attempt("list * 10**10", lambda: [None] * 10**10)
attempt("list2 * 2**62", lambda: [1, 2] * 2**62)
attempt("str2 * 2**62", lambda: 'ab' * 2**62)
attempt("str * 2**63", lambda: 'x' * 2**63)
attempt("list * 2**63", lambda: [0] * 2**63)
attempt("str * 10**100", lambda: 'x' * 10**100)
attempt("int * str", lambda: 10**12 * 'ab')
attempt("str * -5", lambda: 'x' * -5)
attempt("ljust", lambda: 'x'.ljust(10**12))
attempt("center", lambda: 'x'.center(10**13))
s = 'ab'
s *= 3
print(s)
# expect: str * 10**12 -> MemoryError: ''
# expect: list * 10**12 -> MemoryError: ''
# expect: tuple * 10**12 -> MemoryError: ''
# expect: list * 10**10 -> MemoryError: ''
# expect: list2 * 2**62 -> MemoryError: ''
# expect: str2 * 2**62 -> OverflowError: 'repeated string is too long'
# expect: str * 2**63 -> OverflowError: "cannot fit 'int' into an index-sized integer"
# expect: list * 2**63 -> OverflowError: "cannot fit 'int' into an index-sized integer"
# expect: str * 10**100 -> OverflowError: "cannot fit 'int' into an index-sized integer"
# expect: int * str -> MemoryError: ''
# expect: str * -5 -> str 0
# expect: ljust -> MemoryError: ''
# expect: center -> MemoryError: ''
# expect: ababab
