# Keys of mixed hashable types, and 1 == 1.0 == True collide.
d = {1: "int", "1": "str", (1,): "tuple", None: "none"}
print(d[1], d["1"], d[(1,)], d[None])
d[1.0] = "float"
d[True] = "bool"
print(d)
print(len({1: 0, 1.0: 0, True: 0}))

# expect: int str tuple none
# expect: {1: 'bool', '1': 'str', (1,): 'tuple', None: 'none'}
# expect: 1
