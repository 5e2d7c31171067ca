# + and * on strings, and comparison by code points.
print("ab" + "cd", "ab" * 3, 3 * "x", repr("ab" * 0), repr("ab" * -1))
s = "hi"
s += " there"
print(s)
print("a" < "b" < "c", "Z" < "a", "abc" == "ab" + "c")
print(len("abc" * 4))

# expect: abcd ababab xxx '' ''
# expect: hi there
# expect: True True True
# expect: 12
