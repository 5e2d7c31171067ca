# Stacked decorators apply bottom-up and run top-down.
def deco(name):
    print("making", name)
    def d(fn):
        print("applying", name)
        def w():
            print("enter", name)
            fn()
            print("leave", name)
        return w
    return d
@deco("outer")
@deco("inner")
def f():
    print("body")
f()

# expect: making outer
# expect: making inner
# expect: applying inner
# expect: applying outer
# expect: enter outer
# expect: enter inner
# expect: body
# expect: leave inner
# expect: leave outer
