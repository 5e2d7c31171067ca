# An exception raised inside __exit__ replaces the original with context.
class Bad:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with Bad():
        1 / 0
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))
class BadEnter:
    def __enter__(self):
        raise ValueError("enter failed")
    def __exit__(self, *a):
        print("exit not called")
try:
    with BadEnter():
        print("not run")
except ValueError as e:
    print(e)

# expect: exit failed | context: ZeroDivisionError('division by zero')
# expect: enter failed
