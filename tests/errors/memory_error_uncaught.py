# An uncaught MemoryError prints a traceback and exits with status 1.
print("before")
data = "ab" * 10**13
print("never")
# expect: before
# expect runtime error: MemoryError
