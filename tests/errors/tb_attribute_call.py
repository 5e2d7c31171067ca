# The markers under a failing method call on an attribute.
class Box:
    def __init__(self):
        self.items = None
    def add(self, x):
        self.items.append(x)
b = Box()
b.add(1)

# expect runtime error: AttributeError: 'NoneType' object has no attribute 'append'
