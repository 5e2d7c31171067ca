# Methods do not see class-body names without self. or ClassName.
class C:
    val = 5
    def f(self):
        try:
            return val
        except NameError as e:
            return str(e)
    def g(self):
        return C.val + self.val
print(C().f())
print(C().g())

# expect: name 'val' is not defined
# expect: 10
