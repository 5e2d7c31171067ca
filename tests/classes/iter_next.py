# A class implementing the iterator protocol with __iter__ and __next__.
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)))
c = Countdown(2)
print(next(c), next(c))
print(next(c, "done"))
for x in Countdown(3):
    print("x =", x)
it = iter(Countdown(1))
print(type(it).__name__)

# expect: [4, 3, 2, 1]
# expect: 2 1
# expect: done
# expect: x = 3
# expect: x = 2
# expect: x = 1
# expect: Countdown
