# __getitem__ receives slice objects for a[i:j:k].
class Seq:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        return ("index", key)
s = Seq()
print(s[1])
print(s[1:5])
print(s[::2])
print(s[:-1])
print(s[1, 2])

# expect: ('index', 1)
# expect: ('slice', 1, 5, None)
# expect: ('slice', None, None, 2)
# expect: ('slice', None, -1, None)
# expect: ('index', (1, 2))
