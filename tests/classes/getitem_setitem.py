# __getitem__, __setitem__ and __delitem__ on a sparse vector.
class Sparse:
    def __init__(self):
        self.data = {}
    def __getitem__(self, i):
        return self.data.get(i, 0)
    def __setitem__(self, i, v):
        if v == 0:
            self.data.pop(i, None)
        else:
            self.data[i] = v
    def __delitem__(self, i):
        del self.data[i]
s = Sparse()
s[3] = 7
s[10] = 2
print(s[3], s[4], s[10], sorted(s.data))
s[3] = 0
print(sorted(s.data))
del s[10]
print(s.data)
try:
    del s[99]
except KeyError as e:
    print("KeyError", e)
s[1] += 5
s[1] += 5
print(s[1])

# expect: 7 0 2 [3, 10]
# expect: [10]
# expect: {}
# expect: KeyError 99
# expect: 10
