# str.replace, including count and empty old string.
s = "the cat sat on the mat"
print(s.replace("the", "a"))
print(s.replace("at", "og", 2))
print(s.replace("zz", "yy"))
print("abc".replace("", "-"))
print("aaaa".replace("aa", "b"))

# expect: a cat sat on a mat
# expect: the cog sog on the mat
# expect: the cat sat on the mat
# expect: -a-b-c-
# expect: bb
