# Cause takes precedence over context in the chained traceback.
try:
    {}["a"]
except KeyError:
    try:
        int("x")
    except ValueError as v:
        raise TypeError("final") from v

# expect runtime error: TypeError: final
