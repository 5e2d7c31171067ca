# An iterator class's StopIteration stays raised after exhaustion.
class Once:
    def __init__(self):
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration
        self.done = True
        return "only"
o = Once()
print(list(o), list(o))
try:
    next(o)
except StopIteration as e:
    print("StopIteration", e.args)

# expect: ['only'] []
# expect: StopIteration ()
