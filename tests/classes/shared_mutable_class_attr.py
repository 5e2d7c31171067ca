# A mutable class attribute is shared by every instance (a classic pitfall).
class Bag:
    items = []
    def add(self, x):
        self.items.append(x)
a = Bag()
b = Bag()
a.add(1)
b.add(2)
print(a.items, b.items, Bag.items)
print(a.items is b.items)

# expect: [1, 2] [1, 2] [1, 2]
# expect: True
