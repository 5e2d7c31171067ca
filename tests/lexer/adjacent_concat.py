# Adjacent string literals are joined at compile time, across lines in brackets.
print("abc" 'def' """ghi""")
s = ("one "
     "two "
     'three')
print(s)
print(len("a" "b" "c"))
print("x" r"\y")

# expect: abcdefghi
# expect: one two three
# expect: 3
# expect: x\y
