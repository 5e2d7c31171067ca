# Errors from % formatting with the wrong number or type of arguments.
def show(f):
    try:
        print(f())
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
show(lambda: "%d %d" % (1,))
show(lambda: "%d" % (1, 2))
show(lambda: "%d" % "x")
show(lambda: "%(a)s" % {"b": 1})
show(lambda: "%z" % 1)

# expect: TypeError: not enough arguments for format string
# expect: TypeError: not all arguments converted during string formatting
# expect: TypeError: %d format: a real number is required, not str
# expect: KeyError: 'a'
# expect: ValueError: unsupported format character 'z' (0x7a) at index 1
