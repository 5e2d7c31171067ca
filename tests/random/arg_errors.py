# the TypeError messages of the module functions' signatures
import random
def attempt(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except TypeError as e:
        print(e)
attempt(random.randint, 1)
attempt(random.randint)
attempt(random.randint, 1, 2, 3)
attempt(random.randint, 1, b=2, a=3)
attempt(random.randint, 1, c=2)
attempt(random.random, 1)
attempt(random.random, x=1)
attempt(random.getrandbits)
attempt(random.getrandbits, k=3)
attempt(random.getstate, 1)
attempt(random.seed, 1, 2, 3)
attempt(random.seed, [1])
attempt(random.Random, 1, 2)
attempt(random.Random, y=3)
attempt(random.Random.random, 5)
attempt(random.gauss, 0, 1, 2)
# expect: Random.randint() missing 1 required positional argument: 'b'
# expect: Random.randint() missing 2 required positional arguments: 'a' and 'b'
# expect: Random.randint() takes 3 positional arguments but 4 were given
# expect: Random.randint() got multiple values for argument 'a'
# expect: Random.randint() got an unexpected keyword argument 'c'
# expect: Random.random() takes no arguments (1 given)
# expect: Random.random() takes no keyword arguments
# expect: Random.getrandbits() takes exactly one argument (0 given)
# expect: Random.getrandbits() takes no keyword arguments
# expect: Random.getstate() takes 1 positional argument but 2 were given
# expect: Random.seed() takes from 1 to 3 positional arguments but 4 were given
# expect: The only supported seed types are: None,
# expect: int, float, str, bytes, and bytearray.
# expect: Random.__init__() takes from 1 to 2 positional arguments but 3 were given
# expect: Random.__init__() got an unexpected keyword argument 'y'
# expect: descriptor 'random' for '_random.Random' objects doesn't apply to a 'int' object
# expect: Random.gauss() takes from 1 to 3 positional arguments but 4 were given
