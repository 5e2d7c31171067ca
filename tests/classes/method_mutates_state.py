# Methods that change instance state, including lists stored per instance.
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
        return self
    def pop(self):
        return self.items.pop()
    def __len__(self):
        return len(self.items)
s = Stack()
s.push(1).push(2).push(3)
print(len(s), s.pop(), len(s))
t = Stack()
print(len(t), s.items, t.items)

# expect: 3 3 2
# expect: 0 [1, 2] []
