# except T as e binds the exception; the name is deleted when the clause ends.
try:
    raise ValueError("bad value", 42)
except ValueError as e:
    print(type(e), e.args, e.args[1])
    caught = e
print(isinstance(caught, ValueError))
try:
    print(e)
except NameError as err:
    print("NameError:", err)

# expect: <class 'ValueError'> ('bad value', 42) 42
# expect: True
# expect: NameError: name 'e' is not defined
