# Catching Exception does not catch BaseException subclasses.
class Abort(BaseException):
    pass
try:
    try:
        raise Abort("stop")
    except Exception:
        print("not here")
except BaseException as e:
    print("base caught", type(e).__name__, e)
print(issubclass(Abort, Exception), issubclass(KeyboardInterrupt, Exception))

# expect: base caught Abort stop
# expect: False False
