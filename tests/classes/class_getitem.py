# __class_getitem__ is a classmethod even without the decorator: C[x] passes the class first (also to subclasses).
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"

class Crate(Box):
    pass

class Tagged:
    @classmethod
    def __class_getitem__(cls, item):
        return (cls.__name__, item)

print(Box[int])
print(Crate["x"])
print(Box[1, 2])
print(Tagged[3])

# expect: Box[<class 'int'>]
# expect: Crate['x']
# expect: Box[(1, 2)]
# expect: ('Tagged', 3)
