# replace, format with positional/named/indexed fields, and format specs.
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("x", "y"))
print("{} + {} = {}".format(1, 2, 3))
print("{0}{1}{0}".format("ab", "-"))
print("{name} is {age}".format(name="ada", age=36))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))
print("{:.3f} {:5d} {:x} {!r}".format(3.14159, 42, 255, "s"))
print("{{literal}} {}".format("x"))
print("%s and %d and %.2f" % ("s", 5, 1.5))
print("abc".zfill(6), "ab".center(6, "*"), "ab".ljust(4, ".") + "|", "ab".rjust(4))

# expect: bbb bba abc
# expect: 1 + 2 = 3
# expect: ab-ab
# expect: ada is 36
# expect:      r|l     |  c   |
# expect: 3.142    42 ff 's'
# expect: {literal} x
# expect: s and 5 and 1.50
# expect: 000abc **ab** ab..|   ab
