# Counting and grouping with dicts.
words = "the cat and the hat and the bat".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in words:
    groups.setdefault(len(w), []).append(w)
print(groups)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(counts, key=counts.get))

# expect: {'the': 3, 'cat': 1, 'and': 2, 'hat': 1, 'bat': 1}
# expect: {3: ['the', 'cat', 'and', 'the', 'hat', 'and', 'the', 'bat']}
# expect: [('the', 3), ('and', 2), ('bat', 1), ('cat', 1), ('hat', 1)]
# expect: the
