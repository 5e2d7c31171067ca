# Set displays print in CPython's hash-table order, not insertion order.
print({3, 1, 2})
print({10, 2, 33, 4})
print({5, 3, 8, 1, 9, 2})
print({20, 3, 17, 5, 1})
print({100, 7, 64, 8})
print({-1, -2, 0, 1})
# expect: {1, 2, 3}
# expect: {33, 10, 2, 4}
# expect: {1, 2, 3, 5, 8, 9}
# expect: {1, 17, 3, 20, 5}
# expect: {64, 8, 100, 7}
# expect: {0, 1, -1, -2}
