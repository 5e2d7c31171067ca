# __call__ makes instances callable, e.g. an accumulator.
class Acc:
    def __init__(self):
        self.total = 0
    def __call__(self, x, *, scale=1):
        self.total += x * scale
        return self.total
a = Acc()
print(a(5), a(2, scale=10), a.total)
print(callable(a), callable(Acc), callable(3))
print(list(map(Acc(), [1, 2, 3])))

# expect: 5 25 25
# expect: True True False
# expect: [1, 3, 6]
