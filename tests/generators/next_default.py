# next(g, default) returns the default once the generator is exhausted.
def two():
    yield "a"
    yield "b"
g = two()
print(next(g, None), next(g, None), next(g, None), next(g, "end"))

# expect: a b None end
