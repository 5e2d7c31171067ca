# Adding one at a time: the table grows at 5 items and reorders.
s = set()
for x in [33, 10, 2, 4, 17, 50, 9]:
    s.add(x)
    print(s)
# expect: {33}
# expect: {33, 10}
# expect: {33, 10, 2}
# expect: {33, 10, 2, 4}
# expect: {33, 2, 4, 10, 17}
# expect: {33, 2, 4, 10, 17, 50}
# expect: {33, 2, 4, 9, 10, 17, 50}
