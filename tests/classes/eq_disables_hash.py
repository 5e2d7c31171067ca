# Defining __eq__ without __hash__ makes instances unhashable.
class A:
    def __eq__(self, o):
        return True
print(A.__hash__)
try:
    {A(): 1}
except TypeError as e:
    print(e)
try:
    hash(A())
except TypeError as e:
    print(e)
class B:
    pass
b = B()
print(hash(b) == hash(b), type(hash(b)).__name__)

# expect: None
# expect: unhashable type: 'A'
# expect: unhashable type: 'A'
# expect: True int
