# An exception class overriding __str__ changes the message; repr uses args.
class Oops(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
    def __str__(self):
        return f"oops #{self.code}"
try:
    raise Oops(42)
except Oops as e:
    print(e, "|", repr(e), "|", e.args)
raise Oops(7)

# expect runtime error: Oops: oops #7
# expect: oops #42 | Oops(42) | (42,)
