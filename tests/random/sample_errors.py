# sample's argument checks and messages
import random
def attempt(*args, **kw):
    try:
        print(random.sample(*args, **kw))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
random.seed(14)
attempt([1, 2], 3)
attempt([1, 2], -1)
attempt([1, 2], 1.0)
attempt([1, 2])
attempt({1, 2}, 1)
attempt({"a": 1}, 1)
attempt("ab", k=1, counts=[1])
attempt("ab", k=1, counts=[0, 0])
attempt("ab", k=1, counts=[1.5, 1.5])
attempt("ab", 1, [1, 1])
# expect: ValueError: Sample larger than population or is negative
# expect: ValueError: Sample larger than population or is negative
# expect: TypeError: can't multiply sequence by non-int of type 'float'
# expect: TypeError: Random.sample() missing 1 required positional argument: 'k'
# expect: TypeError: Population must be a sequence.  For dicts or sets, use sorted(d).
# expect: TypeError: Population must be a sequence.  For dicts or sets, use sorted(d).
# expect: ValueError: The number of counts does not match the population
# expect: ValueError: Total of counts must be greater than zero
# expect: TypeError: Counts must be integers
# expect: TypeError: Random.sample() takes 3 positional arguments but 4 were given
