# Argument expressions are evaluated left to right.
def v(tag, val):
    print("eval", tag)
    return val
def f(a, b, c=0, d=0):
    return a + b + c + d
print(f(v("a", 1), v("b", 2), d=v("d", 4), c=v("c", 3)))
print(f(*[v("star", 1)], **{"b": v("kw", 2)}))

# expect: eval a
# expect: eval b
# expect: eval d
# expect: eval c
# expect: 10
# expect: eval star
# expect: eval kw
# expect: 3
