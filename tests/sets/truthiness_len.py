# Empty sets are false; len counts items.
print(bool(set()), bool({0}), len({1, 1, 2}), len(frozenset()))
s = {1}
if s:
    print("non-empty")
s.pop()
print("empty" if not s else "?")
# expect: False True 2 0
# expect: non-empty
# expect: empty
