# __contains__ drives `in` and `not in`.
class Evens:
    def __contains__(self, x):
        print("checking", x)
        return x % 2 == 0
e = Evens()
print(4 in e)
print(3 not in e)
class Range:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __contains__(self, x):
        return self.lo <= x < self.hi
print(5 in Range(0, 10), 10 in Range(0, 10))

# expect: checking 4
# expect: True
# expect: checking 3
# expect: True
# expect: True False
