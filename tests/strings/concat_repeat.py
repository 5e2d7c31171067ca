# Concatenation, repetition and their errors.
print("ab" + "cd", "ab" * 3, 3 * "x", repr("ab" * 0), repr("ab" * -1))
s = ""
for i in range(5):
    s += str(i)
print(s)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    "a" * "b"
except TypeError as e:
    print(e)

# expect: abcd ababab xxx '' ''
# expect: 01234
# expect: can only concatenate str (not "int") to str
# expect: unsupported operand type(s) for +: 'int' and 'str'
# expect: can't multiply sequence by non-int of type 'str'
