# repr of lists, tuples (including 1-tuples) and dicts, nested.
print(repr([]), repr(()), repr({}))
print(repr((1,)), repr((1, 2)), repr(((),)))
print(repr([1, [2, [3, []]]]))
print(repr({"a": [1, (2,)], 3: {"b": None}}))
print(repr([1.5, "s", True, None]), str([1.5, "s"]))
xs = [1]
xs.append(xs)
print(xs)
d = {}
d["self"] = d
print(d)

# expect: [] () {}
# expect: (1,) (1, 2) ((),)
# expect: [1, [2, [3, []]]]
# expect: {'a': [1, (2,)], 3: {'b': None}}
# expect: [1.5, 's', True, None] [1.5, 's']
# expect: [1, [...]]
# expect: {'self': {...}}
