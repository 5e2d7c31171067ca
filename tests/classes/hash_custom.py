# __hash__ with __eq__ lets instances be dict keys and set members.
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
d = {Key(1): "one", Key(2): "two"}
print(d[Key(1)], d[Key(2)], Key(3) in d)
s = {Key(1), Key(1), Key(2)}
print(len(s))
print(hash(Key(5)) == hash(5))

# expect: one two False
# expect: 2
# expect: True
