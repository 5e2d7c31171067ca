# Conditions between for clauses filter early.
res = [(a, b, c) for a in range(1, 20) if a > 2 for b in range(a, 20)
       for c in range(b, 20) if a * a + b * b == c * c]
print(res)
print([[y for y in range(x) if y % 2] for x in range(6) if x > 2])

# expect: [(3, 4, 5), (5, 12, 13), (6, 8, 10), (8, 15, 17), (9, 12, 15)]
# expect: [[1], [1, 3], [1, 3]]
