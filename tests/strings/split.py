# str.split with and without separator, maxsplit, and edge cases.
print("a b  c\t d\n".split())
print("a,b,,c".split(","))
print("a,b,c,d".split(",", 2))
print("".split(), "".split(","))
print("  lead and trail  ".split(" "))
print("one::two::three".split("::"))
print("x".split("x"))
try:
    "abc".split("")
except ValueError as e:
    print(e)

# expect: ['a', 'b', 'c', 'd']
# expect: ['a', 'b', '', 'c']
# expect: ['a', 'b', 'c,d']
# expect: [] ['']
# expect: ['', '', 'lead', 'and', 'trail', '', '']
# expect: ['one', 'two', 'three']
# expect: ['', '']
# expect: empty separator
