# KeyError and IndexError messages.
def show(f):
    try:
        f()
    except (KeyError, IndexError) as e:
        print(type(e).__name__, repr(str(e)), e.args)
show(lambda: {}["a"])
show(lambda: {}[1])
show(lambda: {}[("t", 1)])
show(lambda: [][0])
show(lambda: [1][-2])
show(lambda: ()[0])
show(lambda: "abc"[10])
show(lambda: range(3)[5])

# expect: KeyError "'a'" ('a',)
# expect: KeyError '1' (1,)
# expect: KeyError "('t', 1)" (('t', 1),)
# expect: IndexError 'list index out of range' ('list index out of range',)
# expect: IndexError 'list index out of range' ('list index out of range',)
# expect: IndexError 'tuple index out of range' ('tuple index out of range',)
# expect: IndexError 'string index out of range' ('string index out of range',)
# expect: IndexError 'range object index out of range' ('range object index out of range',)
