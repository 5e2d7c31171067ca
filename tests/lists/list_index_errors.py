# Index errors and assignments out of range.
xs = [1, 2, 3]
try:
    xs[3]
except IndexError as e:
    print(e)
try:
    xs[3] = 0
except IndexError as e:
    print(e)
try:
    xs["0"]
except TypeError as e:
    print(e)
try:
    del xs[5]
except IndexError as e:
    print(e)
xs[-1] = 30
print(xs)

# expect: list index out of range
# expect: list assignment index out of range
# expect: list indices must be integers or slices, not str
# expect: list assignment index out of range
# expect: [1, 2, 30]
