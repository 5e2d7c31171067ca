# A class with only __getitem__ is iterable until IndexError.
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
print(list(Squares(5)))
for x in Squares(3):
    print(x)
print(4 in Squares(3), 9 in Squares(3))

# expect: [0, 1, 4, 9, 16]
# expect: 0
# expect: 1
# expect: 4
# expect: True False
