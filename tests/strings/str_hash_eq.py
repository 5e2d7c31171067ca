# Equal strings have equal hashes and work as dict keys regardless of how built.
a = "".join(["ab", "c"])
b = "abc"
print(a == b, hash(a) == hash(b), {a: 1}[b])
print(a is not None, len({a, b}))

# expect: True True 1
# expect: True 1
