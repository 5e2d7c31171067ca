# str.rsplit with maxsplit splits from the right.
print("a.b.c.d".rsplit(".", 1))
print("a b c".rsplit(None, 1))
print("path/to/file.txt".rsplit("/", 1)[-1].rsplit(".", 1))
print("  x  y  ".rsplit())

# expect: ['a.b.c', 'd']
# expect: ['a b', 'c']
# expect: ['file', 'txt']
# expect: ['x', 'y']
