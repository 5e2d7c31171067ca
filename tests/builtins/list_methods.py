# append, extend, insert, pop, remove, index, count, reverse, copy, clear.
xs = [3, 1, 2]
xs.append(4)
xs.extend([5, 6])
xs.insert(0, 0)
print(xs)
print(xs.pop(), xs.pop(0), xs)
xs.remove(1)
print(xs, xs.index(2), xs.count(2))
xs.reverse()
print(xs)
ys = xs.copy()
ys.append(99)
print(xs, ys)
ys.clear()
print(ys, len(ys))
print(xs.append(1))

# expect: [0, 3, 1, 2, 4, 5, 6]
# expect: 6 0 [3, 1, 2, 4, 5]
# expect: [3, 2, 4, 5] 1 1
# expect: [5, 4, 2, 3]
# expect: [5, 4, 2, 3] [5, 4, 2, 3, 99]
# expect: [] 0
# expect: None
