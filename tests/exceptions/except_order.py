# The first matching clause wins; base classes catch their subclasses.
try:
    {}["k"]
except LookupError:
    print("LookupError caught KeyError")
except KeyError:
    print("not reached")
try:
    [][1]
except KeyError:
    print("not reached")
except Exception as e:
    print("Exception caught", type(e).__name__)
try:
    1 % 0
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__)
try:
    raise RuntimeError("x")
except:
    print("bare except catches everything")

# expect: LookupError caught KeyError
# expect: Exception caught IndexError
# expect: ArithmeticError caught ZeroDivisionError
# expect: bare except catches everything
