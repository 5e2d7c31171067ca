# NameError "Did you mean": builtins, taken in CPython's order on ties ('ma' is as near to 'map' as to 'max').
def first(): return prnt
def second(): return Flase
def third(): return rnage
def fourth(): return xyzzy
for f in [first, second, third, fourth]:
    try:
        f()
    except NameError as e:
        print(e.name)
ma(1, 2)

# expect runtime error: NameError: name 'ma' is not defined. Did you mean: 'max'?
# expect: prnt
# expect: Flase
# expect: rnage
# expect: xyzzy
