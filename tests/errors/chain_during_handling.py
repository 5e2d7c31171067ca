# An exception raised in an except block shows "During handling..."
def convert(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError(f"cannot convert {s!r}")
print(convert("7"))
convert("seven")

# expect runtime error: TypeError: cannot convert 'seven'
# expect: 7
