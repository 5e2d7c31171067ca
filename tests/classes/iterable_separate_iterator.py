# An iterable returning a fresh iterator each time can be looped twice.
class Word:
    def __init__(self, w):
        self.w = w
    def __iter__(self):
        return WordIter(self.w)
class WordIter:
    def __init__(self, w):
        self.w = w
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.w):
            raise StopIteration
        self.i += 1
        return self.w[self.i - 1].upper()
w = Word("abc")
print(list(w), list(w))
print([a + b for a in w for b in w][:4])
print(sorted(Word("cab")), "".join(w))

# expect: ['A', 'B', 'C'] ['A', 'B', 'C']
# expect: ['AA', 'AB', 'AC', 'BA']
# expect: ['A', 'B', 'C'] ABC
