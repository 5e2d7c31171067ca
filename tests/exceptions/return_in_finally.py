# A return in finally overrides the try's return and swallows an exception.
def override():
    try:
        return "try"
    finally:
        return "finally"
def swallow():
    try:
        raise ValueError("gone")
    finally:
        return "swallowed"
def order():
    try:
        print("try body")
        return "value computed in try"
    finally:
        print("finally body runs before the caller sees the value")
print(override())
print(swallow())
print(order())

# expect: finally
# expect: swallowed
# expect: try body
# expect: finally body runs before the caller sees the value
# expect: value computed in try
