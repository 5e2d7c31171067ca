# A tuple of types catches any of them.
def risky(kind):
    if kind == 0:
        return int("x")
    if kind == 1:
        return 1 + "a"
    return [][0]
for kind in range(3):
    try:
        risky(kind)
    except (ValueError, TypeError) as e:
        print(kind, "value or type:", type(e).__name__)
    except IndexError:
        print(kind, "index")

# expect: 0 value or type: ValueError
# expect: 1 value or type: TypeError
# expect: 2 index
