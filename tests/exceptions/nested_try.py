# Inner handlers run first; unhandled exceptions move to the outer try.
try:
    try:
        raise KeyError("a")
    except ValueError:
        print("not reached")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer caught", e)
try:
    try:
        raise ValueError("b")
    except ValueError:
        print("inner caught")
        raise TypeError("c")
    finally:
        print("inner finally again")
except TypeError as e:
    print("outer caught", e)

# expect: inner finally
# expect: outer caught 'a'
# expect: inner caught
# expect: inner finally again
# expect: outer caught c
