# Default parameter values, overridden positionally or by keyword.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("ann"))
print(greet("bob", "Hi"))
print(greet("cy", punct="?"))
print(greet(punct=".", name="dee", greeting="Yo"))
print(greet.__defaults__)

# expect: Hello, ann!
# expect: Hi, bob!
# expect: Hello, cy?
# expect: Yo, dee.
# expect: ('Hello', '!')
