# __bool__ must return a bool; __len__ must return a non-negative int.
class B:
    def __bool__(self):
        return 1
class L:
    def __len__(self):
        return -1
try:
    bool(B())
except TypeError as e:
    print(e)
try:
    len(L())
except ValueError as e:
    print(e)

# expect: __bool__ should return bool, returned int
# expect: __len__() should return >= 0
