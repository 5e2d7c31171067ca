# del with indices and slices, and membership after deletion.
xs = list("abcdefg")
del xs[0]
del xs[-1]
print(xs)
del xs[1:3]
print(xs)
del xs[::2]
print(xs)

# expect: ['b', 'c', 'd', 'e', 'f']
# expect: ['b', 'e', 'f']
# expect: ['e']
