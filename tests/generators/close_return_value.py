# A generator catching GeneratorExit and returning is closed silently.
def g():
    try:
        yield 1
    except GeneratorExit:
        print("exiting")
        return "ignored"
it = g()
next(it)
print(it.close())

# expect: exiting
# expect: None
