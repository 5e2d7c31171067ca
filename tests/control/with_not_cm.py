# Using an object without __enter__ in with is a TypeError.
class NotCM:
    pass
try:
    with NotCM():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

# expect: TypeError 'NotCM' object does not support the context manager protocol
