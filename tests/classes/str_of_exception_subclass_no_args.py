# str and repr of user exceptions with no args and with keyword-only init.
class Empty(Exception):
    pass
class WithKw(Exception):
    def __init__(self, *, code):
        super().__init__(code)
        self.code = code
print(repr(str(Empty())), repr(Empty()), repr(WithKw(code=5)), WithKw(code=5).code)
try:
    raise WithKw(code=404)
except WithKw as e:
    print("caught", e.code, e.args)

# expect: '' Empty() WithKw(5) 5
# expect: caught 404 (404,)
