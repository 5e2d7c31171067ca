# Two closures share the same cell and see each other's changes.
def pair():
    v = 0
    def get():
        return v
    def put(n):
        nonlocal v
        v = n
    return get, put
get, put = pair()
print(get())
put(42)
print(get())
put("x")
print(get())

# expect: 0
# expect: 42
# expect: x
