# Closures capture variables, not values.
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), add5(add10(0)))
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())
def early():
    return [(lambda i=i: i)() for i in range(3)]
print(early())
print(add5.__closure__[0].cell_contents)

# expect: 6 11 15
# expect: [2, 2, 2]
# expect: [0, 1, 2]
# expect: 5
