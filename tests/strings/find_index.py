# find/rfind return -1 when absent; index/rindex raise ValueError.
s = "hello world, hello"
print(s.find("hello"), s.rfind("hello"), s.find("xyz"), s.find("o", 5), s.find("o", 5, 7))
print(s.index("world"), s.rindex("o"))
try:
    s.index("xyz")
except ValueError as e:
    print(e)
try:
    s.rindex("q")
except ValueError as e:
    print(e)
print("".find(""), "abc".find(""), "abc".rfind(""))

# expect: 0 13 -1 7 -1
# expect: 6 17
# expect: substring not found
# expect: substring not found
# expect: 0 0 3
