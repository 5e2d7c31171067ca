# A traceback where __exit__ raises while an exception is propagating.
class Closer:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise RuntimeError("close failed")
with Closer():
    [].pop()

# expect runtime error: RuntimeError: close failed
