# __context__, __cause__ and __suppress_context__ as attributes.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("implicit")
except ValueError as e:
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("explicit") from z
except ValueError as e:
    print(type(e.__cause__).__name__, e.__context__ is e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("none") from None
except ValueError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
e = ValueError("fresh")
print(e.__context__, e.__cause__, e.__traceback__)

# expect: ZeroDivisionError None False
# expect: ZeroDivisionError True True
# expect: None ZeroDivisionError True
# expect: None None None
