# Subclasses repr with their name; operations return the base type.
class Tags(set):
    pass
t = Tags([2, 1])
print(t, Tags(), type(t | {3}).__name__, isinstance(t, set))
class F(frozenset):
    pass
print(F([1]), type(F([1]) & {1}).__name__)
# expect: Tags({1, 2}) Tags() set True
# expect: F({1}) frozenset
