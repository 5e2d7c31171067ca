# Recursive functions: factorial, power set, Hanoi, Ackermann.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print([fact(i) for i in range(8)], fact(20))
def subsets(xs):
    if not xs:
        return [[]]
    rest = subsets(xs[1:])
    return rest + [[xs[0]] + s for s in rest]
print(subsets([1, 2, 3]))
moves = []
def hanoi(n, a, b, c):
    if n:
        hanoi(n - 1, a, c, b)
        moves.append(a + c)
        hanoi(n - 1, b, a, c)
hanoi(4, "A", "B", "C")
print(len(moves), moves[:5])
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(2, 3))

# expect: [1, 1, 2, 6, 24, 120, 720, 5040] 2432902008176640000
# expect: [[], [3], [2], [2, 3], [1], [1, 3], [1, 2], [1, 2, 3]]
# expect: 15 ['AB', 'AC', 'BC', 'AB', 'CA']
# expect: 9
