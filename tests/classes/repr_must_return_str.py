# __repr__/__str__ returning a non-string is a TypeError.
class R:
    def __repr__(self):
        return 5
try:
    repr(R())
except TypeError as e:
    print(e)
class S:
    def __str__(self):
        return None
try:
    str(S())
except TypeError as e:
    print(e)

# expect: __repr__ returned non-string (type int)
# expect: __str__ returned non-string (type NoneType)
