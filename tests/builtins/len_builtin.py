# len() of strings, lists, tuples, dicts and ranges.
print(len(""), len("abc"), len("취소"), len([]), len([1, [2, 3]]), len(()), len((1,)))
print(len({}), len({"a": 1, "b": 2}), len(range(10)), len(range(0, 10, 3)), len(range(5, 0, -2)))

# expect: 0 3 2 0 2 0 1
# expect: 0 2 10 4 3
