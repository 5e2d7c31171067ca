# issubset / issuperset / isdisjoint accept any iterable.
s = {1, 2, 3}
print(s.issubset([1, 2, 3, 4]), s.issubset(range(3)))
print(s.issuperset((1, 2)), s.issuperset([4]))
print(s.isdisjoint([4, 5]), s.isdisjoint({3}), set().isdisjoint(set()))
# expect: True False
# expect: True False
# expect: True False True
