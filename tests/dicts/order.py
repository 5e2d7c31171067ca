# Dicts remember insertion order; updating a key keeps its position.
d = {}
for k in ["zeta", "alpha", "mid"]:
    d[k] = len(k)
print(list(d))
d["zeta"] = 0
print(list(d.items()))
del d["alpha"]
d["alpha"] = 1
print(list(d))
print({3: "c", 1: "a", 2: "b"})

# expect: ['zeta', 'alpha', 'mid']
# expect: [('zeta', 0), ('alpha', 5), ('mid', 3)]
# expect: ['zeta', 'mid', 'alpha']
# expect: {3: 'c', 1: 'a', 2: 'b'}
