# raise X from Y sets __cause__ and the traceback says "direct cause".
# expect runtime error: ValueError: wrapped
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as v:
    print(type(v.__cause__).__name__, v.__context__ is v.__cause__)
try:
    {}["k"]
except KeyError as e:
    raise ValueError("wrapped") from e

# expect: KeyError True
