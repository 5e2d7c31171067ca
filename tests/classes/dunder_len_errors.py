# len() of an object without __len__ and iter() of a non-iterable.
class A:
    pass
try:
    len(A())
except TypeError as e:
    print(e)
try:
    iter(A())
except TypeError as e:
    print(e)
try:
    for x in A():
        pass
except TypeError as e:
    print(e)
try:
    A()[0]
except TypeError as e:
    print(e)
try:
    A()()
except TypeError as e:
    print(e)

# expect: object of type 'A' has no len()
# expect: 'A' object is not iterable
# expect: 'A' object is not iterable
# expect: 'A' object is not subscriptable
# expect: 'A' object is not callable
