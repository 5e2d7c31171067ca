# Reflected operators of subclasses, __index__ in sequences, the old sequence protocol, property without deleter.
class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
    def __lt__(self, o): return "Base.lt"
    def __gt__(self, o): return "Base.gt"
class Same(Base):
    pass
class Over(Base):
    def __radd__(self, o): return "Over.radd"
    def __gt__(self, o): return "Over.gt"
print(Base() + Same(), Base() + Over(), Base() < Over(), Base() < Same())
class V:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return "never"
try:
    V() + V()
except TypeError as e:
    print(e)
class I:
    def __index__(self): return 2
print([1, 2] * I(), "ab" * I(), "abcd"[I():], (1, 2, 3)[I()], range(10)[I()])
xs = [0, 1, 2, 3]
xs[I()] = "two"
del xs[I() - 2 if False else 0]
print(xs)
try:
    [1] * 1.5
except TypeError as e:
    print(e)
class Seq:
    def __getitem__(self, i):
        if i > 2: raise StopIteration
        return i * 10
print(list(Seq()), sum(Seq()), 20 in Seq(), type(iter(Seq())).__name__)
class P:
    @property
    def x(self): return 1
try:
    del P().x
except AttributeError as e:
    print(e)

# expect: Base.add Over.radd Over.gt Base.gt
# expect: unsupported operand type(s) for +: 'V' and 'V'
# expect: [1, 2, 1, 2] abab cd 3 2
# expect: [1, 'two', 3]
# expect: can't multiply sequence by non-int of type 'float'
# expect: [0, 10, 20] 30 True iterator
# expect: property 'x' of 'P' object has no deleter
