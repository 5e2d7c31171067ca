# str hashes are randomised in CPython: print sorted str sets only.
s = {"pear", "apple", "fig"}
print(sorted(s), "apple" in s, len(s))
s.discard("fig")
print(sorted(s))
# expect: ['apple', 'fig', 'pear'] True 3
# expect: ['apple', 'pear']
