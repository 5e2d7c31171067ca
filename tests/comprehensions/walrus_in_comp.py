# Assignment expressions in comprehensions bind in the enclosing scope.
data = [1, 5, 2, 8, 3]
print([y for x in data if (y := x * 2) > 5])
print(y)
total = 0
print([total := total + x for x in data])
print(total)
def f(n):
    return n * n
print([r for n in range(6) if (r := f(n)) % 2 == 0], r)

# expect: [10, 16, 6]
# expect: 6
# expect: [1, 6, 8, 16, 19]
# expect: 19
# expect: [0, 4, 16] 25
