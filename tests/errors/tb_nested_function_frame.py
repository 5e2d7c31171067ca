# Nested function frames are named by their plain name.
def outer():
    def inner():
        return [][0]
    return inner()
outer()

# expect runtime error: IndexError: list index out of range
