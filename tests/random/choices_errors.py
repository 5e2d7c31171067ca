# choices' argument errors, word for word
import random
def attempt(*args, **kw):
    try:
        print(random.choices(*args, **kw))
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
random.seed(23)
attempt([1, 2], 3)
attempt([1, 2], True)
attempt([1, 2], [1], cum_weights=[1])
attempt([1, 2], [1])
attempt([1, 2], [0, 0])
attempt([1, 2], [1, float("inf")])
attempt([1, 2], [1, "a"])
attempt([], k=2)
attempt([1], k=2.0)
attempt([1], [1], [1])
# expect: TypeError: The number of choices must be a keyword argument: k=3
# expect: TypeError: The number of choices must be a keyword argument: k=True
# expect: TypeError: Cannot specify both weights and cumulative weights
# expect: ValueError: The number of weights does not match the population
# expect: ValueError: Total of weights must be greater than zero
# expect: ValueError: Total of weights must be finite
# expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
# expect: IndexError: list index out of range
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: TypeError: Random.choices() takes from 2 to 3 positional arguments but 4 were given
