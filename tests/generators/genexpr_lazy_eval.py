# The first iterable of a generator expression is evaluated immediately; the rest lazily.
def src(tag, n):
    print("evaluating", tag)
    return range(n)
g = (a * 10 + b for a in src("outer", 2) for b in src("inner", 2))
print("created")
print(list(g))
try:
    (x for x in 5)
except TypeError as e:
    print(e)

# expect: evaluating outer
# expect: created
# expect: evaluating inner
# expect: evaluating inner
# expect: [0, 1, 10, 11]
# expect: 'int' object is not iterable
