# String methods on the empty string.
e = ""
print(e.upper() == "", e.split(), e.split("x"), e.partition("x"), e.center(3, "-"), e.zfill(3))
print(e.isdigit(), e.isalpha(), e.isspace(), e.title() == "", e.count(""), e.replace("", "ab"))

# expect: True [] [''] ('', '', '') --- 000
# expect: False False False True 1 ab
