# print of an object whose __str__ raises propagates the exception.
class Bad:
    def __str__(self):
        raise ValueError("no str")
    def __repr__(self):
        return "Bad()"
try:
    print(Bad())
except ValueError as e:
    print("ValueError:", e)
print(repr(Bad()), [Bad()])

# expect: ValueError: no str
# expect: Bad() [Bad()]
