# Errors from str.format with missing fields.
def show(f):
    try:
        print(f())
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
show(lambda: "{} {}".format(1))
show(lambda: "{x}".format(y=1))
show(lambda: "{0} {}".format(1, 2))
show(lambda: "{:d}".format("s"))

# expect: IndexError Replacement index 1 out of range for positional args tuple
# expect: KeyError 'x'
# expect: ValueError cannot switch from manual field specification to automatic field numbering
# expect: ValueError Unknown format code 'd' for object of type 'str'
