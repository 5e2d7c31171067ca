# The name bound by "except ... as e" is deleted after the handler.
try:
    raise ValueError("x")
except ValueError as e:
    print("inside", e)
try:
    print(e)
except NameError as err:
    print(err)

# expect: inside x
# expect: name 'e' is not defined
