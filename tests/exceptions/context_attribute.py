# __context__ records the exception that was being handled; __cause__ stays None.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("second")
except KeyError as e:
    print(type(e.__context__).__name__, e.__cause__)
try:
    raise ValueError("alone")
except ValueError as e:
    print(e.__context__, e.__cause__)

# expect: ZeroDivisionError None
# expect: None None
