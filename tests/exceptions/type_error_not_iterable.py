# Iterating over something that is not iterable.
# expect runtime error: TypeError: 'int' object is not iterable
for x in 42:
    print(x)
