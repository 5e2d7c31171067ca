# Reading a missing attribute raises AttributeError naming the class.
class C:
    def __init__(self):
        self.x = 1
c = C()
try:
    c.y
except AttributeError as e:
    print(e)
try:
    C.z
except AttributeError as e:
    print(e)
try:
    c.method()
except AttributeError as e:
    print(e)
print(c.y)

# expect runtime error: AttributeError: 'C' object has no attribute 'y'
# expect: 'C' object has no attribute 'y'
# expect: type object 'C' has no attribute 'z'
# expect: 'C' object has no attribute 'method'
