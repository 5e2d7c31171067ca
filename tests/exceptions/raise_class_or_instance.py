# raise accepts a class (instantiated for you) or an instance; nothing else.
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError()
except ValueError as e:
    print(repr(e), str(e) == "")
try:
    raise 42
except TypeError as e:
    print(e)

# expect: ValueError() ()
# expect: ValueError() True
# expect: exceptions must derive from BaseException
