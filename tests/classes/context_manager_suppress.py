# __exit__ returning True suppresses the exception; False lets it through.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", et.__name__, ev)
            return True
        return False
with Suppress(ZeroDivisionError):
    1 / 0
    print("not reached")
print("after")
try:
    with Suppress(KeyError):
        [][1]
except IndexError as e:
    print("escaped:", e)

# expect: suppressed ZeroDivisionError division by zero
# expect: after
# expect: escaped: list index out of range
