# str.maketrans in its three forms and str.translate with dicts and other mappings.
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "aabbccdd".translate(t))
print("hello".translate({ord("l"): None, ord("h"): "J"}))
print(str.maketrans({"a": "1", 98: None}), "abc".maketrans("a", "b"))
print("héllo".translate(str.maketrans("é", "e")), "abc".translate({97: 0x263a}))
for bad in (lambda: str.maketrans("ab", "c"), lambda: str.maketrans([1]), lambda: str.maketrans({"ab": 1}),
            lambda: str.maketrans(1, "a"), lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: -1}),
            lambda: "a".translate()):
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
class T:
    def __getitem__(self, c):
        if c == 97: return "A"
        raise IndexError
print("abc".translate(T()))

# expect: [(97, 120), (98, 121), (99, 122), (100, None)] xxyyzz
# expect: Jeo
# expect: {97: '1', 98: None} {97: 98}
# expect: hello ☺bc
# expect: ValueError the first two maketrans arguments must have equal length
# expect: TypeError if you give only one argument to maketrans it must be a dict
# expect: ValueError string keys in translate table must be of length 1
# expect: TypeError first maketrans argument must be a string if there is a second argument
# expect: TypeError character mapping must return integer, None or str
# expect: ValueError character mapping must be in range(0x110000)
# expect: TypeError str.translate() takes exactly one argument (0 given)
# expect: Abc
