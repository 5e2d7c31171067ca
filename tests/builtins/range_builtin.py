# range() with 1-3 arguments: repr, len, indexing, membership, iteration.
print(range(5), range(1, 5), range(0, 10, 2), range(5, 0, -1))
print(list(range(5, 0, -2)), list(range(-3)), list(range(-3, 3, 2)))
r = range(10, 20, 3)
print(len(r), r[0], r[-1], 13 in r, 14 in r)
total = 0
for i in range(1, 101):
    total += i
print(total)
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)

# expect: range(0, 5) range(1, 5) range(0, 10, 2) range(5, 0, -1)
# expect: [5, 3, 1] [] [-3, -1, 1]
# expect: 4 10 19 True False
# expect: 5050
# expect: range() arg 3 must not be zero
