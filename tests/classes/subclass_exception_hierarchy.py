# except catches subclasses; the first matching clause wins.
class Base(Exception): pass
class Mid(Base): pass
class Leaf(Mid): pass
for cls in (Leaf, Mid, Base):
    try:
        raise cls("x")
    except Leaf:
        print("Leaf handler for", cls.__name__)
    except Mid:
        print("Mid handler for", cls.__name__)
    except Base:
        print("Base handler for", cls.__name__)
print(Leaf.__mro__[1:3])
print([c.__name__ for c in Leaf.__mro__])

# expect: Leaf handler for Leaf
# expect: Mid handler for Mid
# expect: Base handler for Base
# expect: (<class '__main__.Mid'>, <class '__main__.Base'>)
# expect: ['Leaf', 'Mid', 'Base', 'Exception', 'BaseException', 'object']
