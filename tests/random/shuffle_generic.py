# shuffle uses only len, [] and []= on other sequences; a tuple cannot be shuffled
import random
class Box:
    def __init__(self, n):
        self.items = list(range(n))
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
random.seed(4)
b = Box(12)
random.shuffle(b)
print(b.items)
random.seed(4)
x = list(range(12))
random.shuffle(x)
print(x == b.items)
random.shuffle((1,))
print("a 1-tuple needs no swap")
random.shuffle((1, 2, 3))
# expect: [11, 2, 8, 10, 5, 0, 9, 7, 6, 1, 4, 3]
# expect: True
# expect: a 1-tuple needs no swap
# expect runtime error: TypeError: 'tuple' object does not support item assignment
