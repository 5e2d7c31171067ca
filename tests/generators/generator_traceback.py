# The traceback of an error raised inside a generator includes the generator frame.
def numbers():
    yield 1
    yield int("x")
for n in numbers():
    print(n)

# expect runtime error: ValueError: invalid literal for int() with base 10: 'x'
# expect: 1
