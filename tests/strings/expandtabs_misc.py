# expandtabs, removeprefix/removesuffix, translate with maketrans.
print(repr("a\tb\tc".expandtabs(4)))
print("test_case.py".removeprefix("test_").removesuffix(".py"))
print("abc".removeprefix("x"))
t = str.maketrans("abc", "xyz", "d")
print("aabbccdd".translate(t))
print("hello".translate({ord("l"): None, ord("h"): "J"}))

# expect: 'a   b   c'
# expect: case
# expect: abc
# expect: xxyyzz
# expect: Jeo
