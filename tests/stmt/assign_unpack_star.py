# A starred target collects the remaining items into a list.
first, *rest = [1, 2, 3]
print(first, rest)
*init, last = "abc"
print(init, last)
a, *middle, z = range(5)
print(a, middle, z)
x, *empty = (1,)
print(x, empty)

# expect: 1 [2, 3]
# expect: ['a', 'b'] c
# expect: 0 [1, 2, 3] 4
# expect: 1 []
