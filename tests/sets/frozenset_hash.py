# hash(frozenset) is CPython's algorithm for int, float and tuple members.
print(hash(frozenset()))
print(hash(frozenset([1, 2, 3])))
print(hash(frozenset({(1, 2), 3.5, -1})))
print(hash(frozenset([frozenset([1]), 2])))
# expect: 133146708735736
# expect: -272375401224217160
# expect: -4350144100270561967
# expect: -1248503628839622056
