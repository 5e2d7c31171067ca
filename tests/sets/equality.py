# set and frozenset compare equal by content.
print({1, 2} == frozenset([2, 1]), frozenset() == set())
print({1, 2} == [1, 2], {1, 2} != {2, 1})
print({1, 2.0, True} == {1.0, 2})
# expect: True True
# expect: False False
# expect: True
