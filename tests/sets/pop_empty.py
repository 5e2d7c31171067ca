# pop() from an empty set.
s = {1}
s.pop()
s.pop()
# expect runtime error: KeyError: 'pop from an empty set'
