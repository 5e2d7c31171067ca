# isinstance and issubclass with user classes and tuples of classes.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C))
print(isinstance(b, (C, A)), isinstance(b, object))
print(issubclass(B, A), issubclass(A, B), issubclass(B, B), issubclass(C, object))
print(issubclass(B, (C, A)))
print(type(b) is B, type(b) is A, type(b) == B)

# expect: True True False
# expect: True True
# expect: True False True True
# expect: True
# expect: True False True
