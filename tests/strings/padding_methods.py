# center, ljust, rjust and zfill.
print("[" + "hi".center(8) + "]", "[" + "hi".center(7, "*") + "]")
print("[" + "ab".ljust(5, ".") + "]", "[" + "ab".rjust(5) + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print("[" + "toolong".center(3) + "]")
try:
    "x".center(5, "ab")
except TypeError as e:
    print(e)

# expect: [   hi   ] [***hi**]
# expect: [ab...] [   ab]
# expect: 00042 -0042 +007 abc
# expect: [toolong]
# expect: The fill character must be exactly one character long
