# str.format with positional, named, indexed and attribute fields.
print("{} + {} = {}".format(1, 2, 3))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="ann", age=30))
print("{0[1]} {d[k]}".format([5, 6], d={"k": "v"}))
class P:
    x = 7
print("{p.x}".format(p=P()))
print("{{literal}} {}".format("x"))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))
print("{:08.3f} {:+d} {:,}".format(3.14159, 5, 1234567))
print("{!r} {!s}".format("q", "q"))

# expect: 1 + 2 = 3
# expect: b a b
# expect: ann is 30
# expect: 6 v
# expect: 7
# expect: {literal} x
# expect:      r|l     |  c   |
# expect: 0003.142 +5 1,234,567
# expect: 'q' q
