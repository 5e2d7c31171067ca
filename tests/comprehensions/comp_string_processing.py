# Comprehensions for typical text processing.
text = "The quick brown fox jumps over the lazy dog"
words = text.lower().split()
print([w for w in words if len(w) > 3])
print({w: words.count(w) for w in words if words.count(w) > 1})
print("".join(w[0] for w in words))
print([w[::-1] for w in words[:3]])
counts = {}
for c in text.lower():
    if c.isalpha():
        counts[c] = counts.get(c, 0) + 1
print(sorted((n, c) for c, n in counts.items() if n > 2))

# expect: ['quick', 'brown', 'jumps', 'over', 'lazy']
# expect: {'the': 2}
# expect: tqbfjotld
# expect: ['eht', 'kciuq', 'nworb']
# expect: [(3, 'e'), (4, 'o')]
