# repr, str and == of a 1500-deep nested list, tuple or dict raise
# RecursionError, as CPython, instead of overflowing the C stack.
def nest(n, make):
    a = make(None)
    for _ in range(n):
        a = make(a)
    return a

for label, make in [("list", lambda x: [x]), ("tuple", lambda x: (x,)), ("dict", lambda x: {1: x})]:
    a = nest(1500, make)
    b = nest(1500, make)
    for op, f in [("repr", repr), ("str", str), ("eq", lambda x: x == b), ("lt", lambda x: x < b), ("len", len)]:
        try:
            r = f(a)
            print(label, op, "ok", type(r).__name__)
        except (RecursionError, TypeError) as e:
            print(label, op, type(e).__name__ + ":", e)
# A shallow one still works, and the limit is not stuck afterwards.
print(repr(nest(50, lambda x: [x]))[:12], nest(50, lambda x: (x,)) == nest(50, lambda x: (x,)))
# expect: list repr RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: list str RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: list eq RecursionError: maximum recursion depth exceeded in comparison
# expect: list lt RecursionError: maximum recursion depth exceeded in comparison
# expect: list len ok int
# expect: tuple repr RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: tuple str RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: tuple eq RecursionError: maximum recursion depth exceeded in comparison
# expect: tuple lt RecursionError: maximum recursion depth exceeded in comparison
# expect: tuple len ok int
# expect: dict repr RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: dict str RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: dict eq RecursionError: maximum recursion depth exceeded in comparison
# expect: dict lt TypeError: '<' not supported between instances of 'dict' and 'dict'
# expect: dict len ok int
# expect: [[[[[[[[[[[[ True
