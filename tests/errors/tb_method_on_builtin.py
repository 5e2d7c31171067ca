# A traceback for a failing method call on a built-in list.
def position(items, x):
    return items.index(x)
print(position([1, 2, 3], 2))
print(position([1, 2, 3], 9))

# expect runtime error: ValueError: 9 is not in list
# expect: 1
