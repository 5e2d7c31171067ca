# A set cannot be hashed, nor put in a set.
s = {1}
print(s)
hash(s)
# expect: {1}
# expect runtime error: TypeError: unhashable type: 'set'
