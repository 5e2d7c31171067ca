# List literals: empty, nested, trailing comma, expressions inside, repetition.
print([])
print([1, 2, 3,])
print([1, "two", 3.0, None, True, [4, [5]]])
x = 10
print([x, x + 1, x * 2])
print([0] * 3, [1, 2] + [3], len([[], []]))
print(list(range(3)), list("ab"))

# expect: []
# expect: [1, 2, 3]
# expect: [1, 'two', 3.0, None, True, [4, [5]]]
# expect: [10, 11, 20]
# expect: [0, 0, 0] [1, 2, 3] 2
# expect: [0, 1, 2] ['a', 'b']
