# append, extend, insert, remove, pop, clear.
xs = [1, 2]
xs.append(3)
xs.extend([4, 5])
xs.extend("ab")
xs.insert(0, 0)
xs.insert(-1, "mid")
xs.insert(100, "end")
print(xs)
xs.remove("a")
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.clear()
print(xs)
try:
    xs.pop()
except IndexError as e:
    print(e)
try:
    [1].remove(2)
except ValueError as e:
    print(e)

# expect: [0, 1, 2, 3, 4, 5, 'a', 'mid', 'b', 'end']
# expect: end 0 mid [1, 2, 3, 4, 5, 'b']
# expect: []
# expect: pop from empty list
# expect: list.remove(x): x not in list
