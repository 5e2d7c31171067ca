# A decorator wrapping a function and preserving its result.
def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"call {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        print(f"{fn.__name__} returned {result}")
        return result
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(2, 3))
print(add.__name__)

# expect: call add(2, 3)
# expect: add returned 5
# expect: 5
# expect: wrapper
