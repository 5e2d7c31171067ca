# Iterating a string, enumerate and reversed.
for i, c in enumerate("abc"):
    print(i, c)
print(list(reversed("xyz")), sorted("banana"), list("hi"))
print(set("aab") == {"a", "b"})

# expect: 0 a
# expect: 1 b
# expect: 2 c
# expect: ['z', 'y', 'x'] ['a', 'a', 'a', 'b', 'n', 'n'] ['h', 'i']
# expect: True
