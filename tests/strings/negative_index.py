# Negative indices and IndexError on strings.
s = "python"
print(s[0], s[-1], s[-6], s[5])
try:
    s[6]
except IndexError as e:
    print(e)
try:
    s[-7]
except IndexError as e:
    print(e)
try:
    s["1"]
except TypeError as e:
    print(e)

# expect: p n p n
# expect: string index out of range
# expect: string index out of range
# expect: string indices must be integers, not 'str'
