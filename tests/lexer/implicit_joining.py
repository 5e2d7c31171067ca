# Newlines inside brackets do not end the statement; indentation is ignored there.
xs = [
    1,
        2,
  3,
]
print(xs)
t = (4,
5)
print(t)
d = {
    "a": 1,   # comment inside brackets
    "b": 2,

}
print(d)
print(max(1,
          9,
          4))

# expect: [1, 2, 3]
# expect: (4, 5)
# expect: {'a': 1, 'b': 2}
# expect: 9
