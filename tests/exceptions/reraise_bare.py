# A bare raise inside except re-raises the exception being handled.
def inner():
    try:
        raise KeyError("lost key")
    except KeyError:
        print("inner saw it, re-raising")
        raise
try:
    inner()
except KeyError as e:
    print("outer caught", repr(e))

# expect: inner saw it, re-raising
# expect: outer caught KeyError('lost key')
