# Without __eq__, instances compare by identity.
class A:
    pass
x = A()
y = A()
print(x == x, x == y, x != y, x in [y], x in [y, x])

# expect: True False True False True
