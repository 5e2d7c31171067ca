# Raising an exception class with no message prints just its name.
# expect runtime error: ValueError
raise ValueError
