# Markers for a failing comparison inside a sort key.
def key(item):
    return item["n"] < 3
data = [{"n": 1}, {"m": 2}]
print(sorted(data, key=key))

# expect runtime error: KeyError: 'n'
