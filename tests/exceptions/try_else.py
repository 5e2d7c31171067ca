# else runs only when the try body raised nothing; its own errors are not caught here.
def attempt(v):
    try:
        n = int(v)
    except ValueError:
        print("bad", repr(v))
    else:
        print("good", n)
attempt("12")
attempt("x")
try:
    try:
        pass
    except ZeroDivisionError:
        print("not reached")
    else:
        1 / 0
except ZeroDivisionError:
    print("error in else went to the outer handler")

# expect: good 12
# expect: bad 'x'
# expect: error in else went to the outer handler
