# A list is not hashable, so `in` fails.
print([1] in {1, 2})
# expect runtime error: TypeError: unhashable type: 'list'
