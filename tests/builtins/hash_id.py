# hash of equal numbers agree; id is stable for one object.
print(hash(1) == hash(1.0), hash(True) == hash(1), hash("a") == hash("a"))
print(hash(0), hash(-1), hash(42), hash(()) == hash(()))
x = []
print(id(x) == id(x), id(x) == id([]), type(id(x)))
try:
    hash([])
except TypeError as e:
    print(e)

# expect: True True True
# expect: 0 -2 42 True
# expect: True False <class 'int'>
# expect: unhashable type: 'list'
