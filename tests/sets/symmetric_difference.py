# symmetric difference: a copy of the right operand updated by the left.
a = {1, 2, 3, 9}
b = {3, 4, 5, 17}
print(a ^ b)
print(b ^ a)
print(a.symmetric_difference([2, 50]))
a ^= b
print(a)
a.symmetric_difference_update({1, 100})
print(a)
# expect: {1, 2, 4, 5, 9, 17}
# expect: {1, 2, 4, 5, 9, 17}
# expect: {1, 3, 9, 50}
# expect: {1, 2, 4, 5, 9, 17}
# expect: {2, 4, 5, 100, 9, 17}
