# Raising inside an except clause chains the new exception to the one handled.
# expect runtime error: RuntimeError: could not parse seven
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError("could not parse " + s)
print(parse("7"))
parse("seven")

# expect: 7
