# AttributeError messages for built-in types, modules and None.
import sys
def show(f):
    try:
        f()
    except AttributeError as e:
        print(e)
show(lambda: (1).foo)
show(lambda: "s".push)
show(lambda: [].add)
show(lambda: None.x)
show(lambda: sys.nothing)
show(lambda: {}.append(1))
show(lambda: setattr(1, "x", 2))

# expect: 'int' object has no attribute 'foo'
# expect: 'str' object has no attribute 'push'
# expect: 'list' object has no attribute 'add'
# expect: 'NoneType' object has no attribute 'x'
# expect: module 'sys' has no attribute 'nothing'
# expect: 'dict' object has no attribute 'append'
# expect: 'int' object has no attribute 'x'
