# A backslash at the end of a line joins it with the next one.
total = 1 + \
        2 + \
    3
print(total)
if total > 5 and \
   total < 10:
    print("between")
s = "abc" \
    "def"
print(s)

# expect: 6
# expect: between
# expect: abcdef
