# is / is not compare identity; in / not in test membership.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c)
print(None is None, None is not None)
x = None
print(x is None, x is not None)
print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2])
print("b" in "abc", "bc" in "abc", "x" not in "abc", "" in "abc")
print(1 in (1, 2), "k" in {"k": 1}, 1 in {"k": 1})
print(2 in range(5), 5 in range(5), not 1 in [1])

# expect: True False True True
# expect: True False
# expect: True False
# expect: True False True
# expect: True True True True
# expect: True True False
# expect: True False False
