# len, sum, min, max, sorted, reversed, enumerate, zip, any, all on lists.
xs = [4, 2, 8, 6]
print(len(xs), sum(xs), min(xs), max(xs), sum(xs, 10))
print(list(reversed(xs)), list(enumerate(xs, 1)))
print(list(zip(xs, "abcd", [True] * 4)))
print(any([0, 0, 1]), all([]), any([]), max([], default="none"))
try:
    max([])
except ValueError as e:
    print(e)

# expect: 4 20 2 8 30
# expect: [6, 8, 2, 4] [(1, 4), (2, 2), (3, 8), (4, 6)]
# expect: [(4, 'a', True), (2, 'b', True), (8, 'c', True), (6, 'd', True)]
# expect: True True False none
# expect: max() arg is an empty sequence
