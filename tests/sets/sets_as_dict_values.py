# A graph as a dict of sets.
g = {}
for a, b in [(1, 2), (1, 3), (2, 3), (3, 1)]:
    g.setdefault(a, set()).add(b)
    g.setdefault(b, set()).add(a)
for k in sorted(g):
    print(k, g[k])
# expect: 1 {2, 3}
# expect: 2 {1, 3}
# expect: 3 {1, 2}
