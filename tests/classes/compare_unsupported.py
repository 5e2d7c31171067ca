# Ordering instances without comparison methods raises TypeError.
class A:
    pass
try:
    A() < A()
except TypeError as e:
    print(e)
try:
    sorted([A(), A()])
except TypeError as e:
    print(e)
try:
    A() < 3
except TypeError as e:
    print(e)

# expect: '<' not supported between instances of 'A' and 'A'
# expect: '<' not supported between instances of 'A' and 'A'
# expect: '<' not supported between instances of 'A' and 'int'
