# When the failing expression is the whole line, no markers are printed.
def f():
    raise KeyError("whole")
f()

# expect runtime error: KeyError: 'whole'
