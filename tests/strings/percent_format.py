# printf-style % formatting.
print("%s is %d years" % ("ann", 30))
print("%5.2f|%-6s|%06d|%x|%X|%o|%e" % (3.14159, "ab", 42, 255, 255, 8, 12345.678))
print("%r %s" % ("q", "q"))
print("%(name)s has %(n)03d" % {"name": "bob", "n": 7})
print("100%%" % ())
print("%s" % [1, 2], "%s" % (1,))
print("%c%c" % (72, "i"), "%+d %+d" % (5, -5), "% d" % 3)
print("%.3s|%10.4f|%-10d|" % ("abcdef", 2.5, 9))

# expect: ann is 30 years
# expect:  3.14|ab    |000042|ff|FF|10|1.234568e+04
# expect: 'q' q
# expect: bob has 007
# expect: 100%
# expect: [1, 2] 1
# expect: Hi +5 -5  3
# expect: abc|    2.5000|9         |
