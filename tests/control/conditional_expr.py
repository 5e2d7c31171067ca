# Conditional expressions, nested and lazy.
def side(x):
    print("side", x)
    return x
for n in [-5, 0, 5]:
    print("neg" if n < 0 else "zero" if n == 0 else "pos")
print(side("a") if True else side("b"))
print(side("a") if False else side("b"))
print([x if x % 2 else -x for x in range(5)])

# expect: neg
# expect: zero
# expect: pos
# expect: side a
# expect: a
# expect: side b
# expect: b
# expect: [0, 1, -2, 3, -4]
