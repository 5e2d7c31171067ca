# Nested try/finally blocks unwind innermost first.
def f():
    try:
        try:
            print("inner body")
            raise ValueError("x")
        finally:
            print("inner finally")
    except ValueError:
        print("handled")
    finally:
        print("outer finally")
f()

# expect: inner body
# expect: inner finally
# expect: handled
# expect: outer finally
