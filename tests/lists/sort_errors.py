# Sorting mixed types raises TypeError.
xs = [3, "a", 1]
try:
    xs.sort()
except TypeError as e:
    print(e)
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]))

# expect: '<' not supported between instances of 'str' and 'int'
# expect: [[1], [1, 2], [2, 1]] [(1, 'a'), (1, 'b')]
