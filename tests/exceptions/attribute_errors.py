# AttributeError messages for ints, lists, str, None and modules.
import sys
def show(f):
    try:
        f()
    except AttributeError as e:
        print(e)
show(lambda: (5).foo)
show(lambda: [].push(1))
show(lambda: "s".nope)
show(lambda: None.x)
show(lambda: sys.no_such_thing)

# expect: 'int' object has no attribute 'foo'
# expect: 'list' object has no attribute 'push'
# expect: 'str' object has no attribute 'nope'
# expect: 'NoneType' object has no attribute 'x'
# expect: module 'sys' has no attribute 'no_such_thing'
