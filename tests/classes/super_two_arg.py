# The explicit two-argument form super(Class, self).
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super(B, self).who()
class C(B):
    def who(self):
        return "C>" + super(C, self).who()
print(C().who())
print(super(B, C()).who())

# expect: C>B>A
# expect: A
