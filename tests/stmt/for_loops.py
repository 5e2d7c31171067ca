# for over lists, ranges, strings, tuples and dicts.
for x in [1, 2, 3]:
    print("list", x)
for ch in "ab":
    print("str", ch)
for t in (True, None):
    print("tuple", t)
d = {"b": 2, "a": 1}
for k in d:
    print("key", k, d[k])
for k, v in d.items():
    print("item", k, v)
for i in range(0):
    print("never")
print("loop variable keeps its last value:", x)

# expect: list 1
# expect: list 2
# expect: list 3
# expect: str a
# expect: str b
# expect: tuple True
# expect: tuple None
# expect: key b 2
# expect: key a 1
# expect: item b 2
# expect: item a 1
# expect: loop variable keeps its last value: 3
