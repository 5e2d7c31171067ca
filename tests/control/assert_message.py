# assert with and without a message.
def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    assert x > 0
    return x
print(check(3))
try:
    check("s")
except AssertionError as e:
    print("AssertionError:", e)
try:
    check(-1)
except AssertionError as e:
    print("AssertionError args:", e.args)
assert True, "never"
check(0.5)

# expect runtime error: AssertionError: expected int, got float
# expect: 3
# expect: AssertionError: expected int, got str
# expect: AssertionError args: ()
