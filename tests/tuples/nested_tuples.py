# Nested tuples as records, sorted by several fields.
records = (("ann", ("math", 90)), ("bob", ("art", 75)), ("cy", ("math", 82)))
for name, (subject, score) in records:
    print(f"{name:4}{subject:6}{score}")
print(sorted(records, key=lambda r: r[1][1]))
print(max(records, key=lambda r: r[1][1])[0])
print(records[2][1][0][::-1])

# expect: ann math  90
# expect: bob art   75
# expect: cy  math  82
# expect: [('bob', ('art', 75)), ('cy', ('math', 82)), ('ann', ('math', 90))]
# expect: ann
# expect: htam
