# Iterating over a copy lets the loop remove items safely.
xs = [1, 2, 3, 4, 5, 6]
for x in xs[:]:
    if x % 2 == 0:
        xs.remove(x)
print(xs)
ys = [1, 2, 3]
for y in ys:
    if len(ys) < 6:
        ys.append(y * 10)
print(ys)

# expect: [1, 3, 5]
# expect: [1, 2, 3, 10, 20, 30]
