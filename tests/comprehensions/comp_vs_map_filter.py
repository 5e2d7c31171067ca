# Comprehensions compared with map and filter.
xs = range(10)
print([x + 1 for x in xs] == list(map(lambda x: x + 1, xs)))
print([x for x in xs if x % 2] == list(filter(lambda x: x % 2, xs)))
print(list(map(str, [x for x in xs if x > 6])))

# expect: True
# expect: True
# expect: ['7', '8', '9']
