# A data descriptor class with __get__, __set__ and __set_name__.
# skip: user-defined descriptors (__get__/__set__) are not supported yet (docs/language.md)
class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive")
        setattr(obj, self.name, value)
class Item:
    price = Positive()
    qty = Positive()
    def __init__(self, price, qty):
        self.price = price
        self.qty = qty
i = Item(3, 4)
print(i.price * i.qty, sorted(vars(i)))
try:
    i.qty = -1
except ValueError as e:
    print(e)
print(type(Item.price).__name__)

# expect: 12 ['_price', '_qty']
# expect: qty must be positive
# expect: Positive
