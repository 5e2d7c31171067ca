# __getattr__ is consulted only for missing attributes.
class Proxy:
    def __init__(self, target):
        self.target = target
        self.log = []
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p.target, p.log)
print(p.target is p.__dict__["target"])
class Default:
    x = 1
    def __getattr__(self, name):
        return f"default-{name}"
d = Default()
print(d.x, d.y, getattr(d, "zz"))

# expect: [0, 1, 2, 3] ['append', 'sort']
# expect: True
# expect: 1 default-y default-zz
