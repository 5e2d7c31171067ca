# An exception in else is not caught by the same try's handlers.
try:
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise ValueError("from else")
except ValueError as e:
    print("outer caught", e)

# expect: outer caught from else
