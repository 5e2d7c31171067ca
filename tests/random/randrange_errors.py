# randrange's ValueError and TypeError messages, word for word
import random
def attempt(*args, **kw):
    try:
        print(random.randrange(*args, **kw))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
random.seed(5)
attempt(0)
attempt(-3)
attempt(5, 5)
attempt(5, 1)
attempt(1, 5, 0)
attempt(5, 1, 2)
attempt(1, 5, -1)
attempt(10, step=2)
attempt(5, None, 2)
try:
    random.randint(1.5, 3)
except ValueError as e:
    print(e)
try:
    random.randint(1, 2.5)
except ValueError as e:
    print(e)
attempt("a")
attempt(None)
attempt()
attempt(1, 2, 3, 4)
attempt(1, step=2, stop=9, start=0)
# expect: ValueError: empty range for randrange()
# expect: ValueError: empty range for randrange()
# expect: ValueError: empty range for randrange() (5, 5, 0)
# expect: ValueError: empty range for randrange() (5, 1, -4)
# expect: ValueError: zero step for randrange()
# expect: ValueError: empty range for randrange()
# expect: ValueError: empty range for randrange()
# expect: TypeError: Missing a non-None stop argument
# expect: TypeError: Missing a non-None stop argument
# expect: non-integer arg 1 for randrange()
# expect: non-integer stop for randrange()
# expect: ValueError: invalid literal for int() with base 10: 'a'
# expect: TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'
# expect: TypeError: Random.randrange() missing 1 required positional argument: 'start'
# expect: TypeError: Random.randrange() takes from 2 to 4 positional arguments but 5 were given
# expect: TypeError: Random.randrange() got multiple values for argument 'start'
