# __dict__ of an instance holds its attributes in insertion order.
class R:
    cls_attr = 1
    def __init__(self):
        self.b = 2
        self.a = 1
r = R()
print(r.__dict__)
r.c = 3
print(list(r.__dict__), vars(r) is r.__dict__)
r.__dict__["d"] = 4
print(r.d)
print("cls_attr" in r.__dict__, "cls_attr" in R.__dict__)

# expect: {'b': 2, 'a': 1}
# expect: ['b', 'a', 'c'] True
# expect: 4
# expect: False True
