# A traceback through a property getter.
class Order:
    def __init__(self, items):
        self.items = items
    @property
    def total(self):
        return sum(i["price"] for i in self.items)
print(Order([{"price": 2}]).total)
print(Order([{"cost": 2}]).total)

# expect runtime error: KeyError: 'price'
# expect: 2
