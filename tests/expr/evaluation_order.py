# Operands, arguments and subscripts are evaluated left to right.
def v(n):
    print("eval", n)
    return n
print(v(1) + v(2) * v(3))
print([v(4), v(5)], {v(6): v(7)})
def f(a, b):
    return a - b
print(f(v(8), b=v(9)))
xs = [0, 0]
xs[v(0)] = v(1)
print(xs)

# expect: eval 1
# expect: eval 2
# expect: eval 3
# expect: 7
# expect: eval 4
# expect: eval 5
# expect: eval 6
# expect: eval 7
# expect: [4, 5] {6: 7}
# expect: eval 8
# expect: eval 9
# expect: -1
# expect: eval 1
# expect: eval 0
# expect: [1, 0]
