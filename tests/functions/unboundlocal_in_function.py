# Using a local before assignment raises UnboundLocalError even if a global exists.
count = 5
def bump():
    count += 1
    return count
try:
    bump()
except UnboundLocalError as e:
    print(e)
def maybe(flag):
    if flag:
        y = 1
    return y
print(maybe(True))
maybe(False)

# expect runtime error: UnboundLocalError: cannot access local variable 'y' where it is not associated with a value
# expect: cannot access local variable 'count' where it is not associated with a value
# expect: 1
