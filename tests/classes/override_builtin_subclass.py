# Subclassing built-in list and dict and overriding a method.
class LoudList(list):
    def append(self, x):
        print("append", x)
        super().append(x)
class DefaultDict(dict):
    def __missing__(self, key):
        return f"<{key}>"
l = LoudList([1])
l.append(2)
print(l, len(l), isinstance(l, list), type(l).__name__)
d = DefaultDict(a=1)
print(d["a"], d["b"], d.get("b"), len(d))

# expect: append 2
# expect: [1, 2] 2 True LoudList
# expect: 1 <b> None 1
