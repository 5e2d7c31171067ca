# Notes print under their own exception in a chain; a tuple of notes or non-str items work too.
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        e.add_note("inner note")
        raise
except ZeroDivisionError as e:
    outer = KeyError("k")
    outer.__notes__ = ("a", 3)
    raise outer from e

# expect runtime error: 3
