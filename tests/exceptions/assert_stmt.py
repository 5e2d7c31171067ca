# assert raises AssertionError when the condition is false, with an optional message.
assert True
assert 1 == 1, "not shown"
try:
    assert 1 == 2
except AssertionError as e:
    print(repr(e))
try:
    assert [], "list was empty"
except AssertionError as e:
    print(e)

# expect: AssertionError()
# expect: list was empty
