# Calling a class with the wrong arguments reports C.__init__().
class C:
    def __init__(self, x):
        self.x = x
try:
    C()
except TypeError as e:
    print(e)
try:
    C(1, 2)
except TypeError as e:
    print(e)
try:
    C(y=1)
except TypeError as e:
    print(e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(e)
C()

# expect runtime error: TypeError: C.__init__() missing 1 required positional argument: 'x'
# expect: C.__init__() missing 1 required positional argument: 'x'
# expect: C.__init__() takes 2 positional arguments but 3 were given
# expect: C.__init__() got an unexpected keyword argument 'y'
# expect: NoInit() takes no arguments
