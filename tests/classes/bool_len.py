# Truthiness uses __bool__, then __len__, else True.
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
class Plain:
    pass
print(bool(Empty()), bool(Full()), bool(Plain()))
print(bool(Flag(False)))
if Flag(True):
    print("true branch")
print(not Empty(), len(Full()))
print(Flag(False) or "fallback")

# expect: False True True
# expect: bool called
# expect: False
# expect: bool called
# expect: true branch
# expect: True 3
# expect: bool called
# expect: fallback
