# __class__ of instances and of classes; creating a sibling via type(self).
class A:
    def clone(self):
        return type(self)()
    def same(self):
        return self.__class__
class B(A):
    pass
b = B()
print(b.__class__.__name__, b.clone().__class__.__name__, b.same() is B)
print(A.__class__, type(b) is b.__class__)

# expect: B B True
# expect: <class 'type'> True
