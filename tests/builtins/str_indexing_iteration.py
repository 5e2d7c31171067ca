# Strings are immutable sequences of characters.
s = "orrery"
print(s[0], s[-1], s[1:3], len(s))
for ch in "ab":
    print(ch)
print(list(s), "r" in s, s.count("r"))
try:
    s[0] = "O"
except TypeError as e:
    print(e)
print(ord("a"), chr(98), chr(0x1F600))

# expect: o y rr 6
# expect: a
# expect: b
# expect: ['o', 'r', 'r', 'e', 'r', 'y'] True 3
# expect: 'str' object does not support item assignment
# expect: 97 b 😀
