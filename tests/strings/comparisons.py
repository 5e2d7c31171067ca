# Lexicographic string comparisons.
print("apple" < "banana", "apple" < "Apple", "a" < "ab", "" < "a")
print("abc" == "abc", "abc" != "abd", "Z" < "a", "10" < "9")
print(sorted(["b", "B", "a", "A", "10", "9"]))
print(max("hello"), min("hello"), "b" * 3 > "bb")
try:
    "a" < 1
except TypeError as e:
    print(e)

# expect: True False True True
# expect: True True True True
# expect: ['10', '9', 'A', 'B', 'a', 'b']
# expect: o e True
# expect: '<' not supported between instances of 'str' and 'int'
