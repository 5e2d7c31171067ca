# Strings are immutable.
s = "hello"
try:
    s[0] = "H"
except TypeError as e:
    print(e)
try:
    del s[0]
except TypeError as e:
    print(e)
t = "H" + s[1:]
print(s, t)

# expect: 'str' object does not support item assignment
# expect: 'str' object doesn't support item deletion
# expect: hello Hello
