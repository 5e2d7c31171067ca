# The comprehension loop variable does not leak into the enclosing scope.
x = "outer"
print([x for x in range(3)])
print(x)
print({x: 1 for x in "ab"}, x)
print(list(x for x in [9]), x)
try:
    print(i)
except NameError as e:
    print(e)
print([i for i in range(2)])
try:
    print(i)
except NameError as e:
    print(e)

# expect: [0, 1, 2]
# expect: outer
# expect: {'a': 1, 'b': 1} outer
# expect: [9] outer
# expect: name 'i' is not defined
# expect: [0, 1]
# expect: name 'i' is not defined
