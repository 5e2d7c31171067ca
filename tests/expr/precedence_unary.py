# Unary -, + and ~ on ints and floats, and how they stack.
x = 5
print(-x, +x, ~x, --x, -(-x), ~~x, -~x)
print(-1.5, +1.5, - - 1.5)
print(~0, ~-1, -True, ~True, +False)
print(2 * -3, 2 - -3, 2 + +3)

# expect: -5 5 -6 5 5 5 6
# expect: -1.5 1.5 1.5
# expect: -1 0 -1 -2 0
# expect: -6 5 5
