# Functions are values: pass them, store them, return them.
def double(x):
    return x * 2
def apply(f, v):
    return f(v)
ops = [double, str, len]
print(apply(double, 21))
for op in ops:
    print(op("ab"))
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
print(add5(1), make_adder(10)(1))
print(double.__name__, type(double))

# expect: 42
# expect: abab
# expect: ab
# expect: 2
# expect: 6 11
# expect: double <class 'function'>
