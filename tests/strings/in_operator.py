# Substring tests with in and not in.
s = "hello world"
print("wor" in s, "World" in s, "" in s, "o w" in s, "x" not in s)
try:
    1 in s
except TypeError as e:
    print(e)

# expect: True False True True True
# expect: 'in <string>' requires string as left operand, not int
