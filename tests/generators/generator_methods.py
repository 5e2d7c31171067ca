# A generator method on a class uses self state.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)
t = Tree("root", Tree("a", Tree("a1"), Tree("a2")), Tree("b"))
for depth, v in t.walk():
    print("  " * depth + v)
print([v for _, v in t.walk()])

# expect: root
# expect:   a
# expect:     a1
# expect:     a2
# expect:   b
# expect: ['root', 'a', 'a1', 'a2', 'b']
