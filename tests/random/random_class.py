# random.Random instances are independent generators; subclasses work
import random
r1 = random.Random(42)
r2 = random.Random(42)
print(r1.random() == r2.random(), r1.randint(1, 10), r2.randint(1, 10))
random.seed(42)
random.random()
print(random.randint(1, 10))
r3 = random.Random("seed")
print(r3.choice("abc"), r3.sample(range(10), 3))
print(random.Random(x=9).random())
class Dice(random.Random):
    def __init__(self, seed):
        super().__init__(seed)
    def roll(self):
        return self.randint(1, 6)
d = Dice(3)
print([d.roll() for _ in range(10)], isinstance(d, random.Random))
print(random.Random)
# expect: True 1 1
# expect: 1
# expect: a [0, 3, 5]
# expect: 0.46300735781502145
# expect: [2, 5, 5, 2, 3, 5, 4, 6, 5, 1] True
# expect: <class 'random.Random'>
