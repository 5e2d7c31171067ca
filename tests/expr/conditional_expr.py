# a if cond else b: only one branch is evaluated; it nests to the right.
x = 5
print("big" if x > 3 else "small")
print("big" if x > 10 else "small")
print("a" if x < 0 else "b" if x < 3 else "c")
def side(v):
    print("side", v)
    return v
print(side(1) if True else side(2))
y = (1 if x else 2) + 10
print(y)
for i in range(4):
    print(i if i % 2 else -i)

# expect: big
# expect: small
# expect: c
# expect: side 1
# expect: 1
# expect: 11
# expect: 0
# expect: 1
# expect: -2
# expect: 3
