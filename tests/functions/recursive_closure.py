# A nested function can call itself recursively through its enclosing scope.
def flatten(xs):
    out = []
    def walk(v):
        if isinstance(v, list):
            for item in v:
                walk(item)
        else:
            out.append(v)
    walk(xs)
    return out
print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))

# expect: [1, 2, 3, 4, 5, 6]
