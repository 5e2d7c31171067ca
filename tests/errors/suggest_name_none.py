# No suggestion: nothing near enough, 3.11 does not offer self.x in a method, and not for UnboundLocalError.
class Point:
    def __init__(self):
        self.value = 1
    def get(self):
        return valu
def f():
    print(x)
    x = 1
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e.name if hasattr(e, "name") else "-")
Point().get()

# expect runtime error: NameError: name 'valu' is not defined
# expect: UnboundLocalError None
