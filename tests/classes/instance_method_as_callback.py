# Bound methods passed as callbacks to sorted, map and filter.
class Scorer:
    def __init__(self, weights):
        self.weights = weights
    def score(self, word):
        return sum(self.weights.get(c, 0) for c in word)
    def good(self, word):
        return self.score(word) > 2
s = Scorer({"a": 1, "b": 2, "c": 3})
words = ["abc", "a", "cc", "b", "zz"]
print(sorted(words, key=s.score))
print(list(map(s.score, words)))
print(list(filter(s.good, words)))

# expect: ['zz', 'a', 'b', 'abc', 'cc']
# expect: [6, 1, 6, 2, 0]
# expect: ['abc', 'cc']
