# str.count of non-overlapping occurrences, with ranges.
s = "banana"
print(s.count("a"), s.count("an"), s.count("ana"), s.count("x"), s.count(""))
print(s.count("a", 2), s.count("a", 2, 4))

# expect: 3 2 1 0 7
# expect: 2 1
