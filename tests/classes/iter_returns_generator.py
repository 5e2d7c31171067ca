# __iter__ written as a generator method.
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 2
r = Range2(7)
print(list(r), sum(r), 4 in r, 5 in r)
print(max(r), sorted(r, reverse=True))

# expect: [0, 2, 4, 6] 12 True False
# expect: 6 [6, 4, 2, 0]
