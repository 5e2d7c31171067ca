# split (default and with a separator, maxsplit) and join.
print("a b  c".split())
print("  leading and trailing  ".split())
print("a,b,,c".split(","))
print("a,b,c".split(",", 1))
print("".split(), "".split(","))
print("line1\nline2\n".splitlines())
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), repr(", ".join([])))
print(" ".join("abc"), "+".join([str(i) for i in range(3)]))
print("k=v".partition("="))

# expect: ['a', 'b', 'c']
# expect: ['leading', 'and', 'trailing']
# expect: ['a', 'b', '', 'c']
# expect: ['a', 'b,c']
# expect: [] ['']
# expect: ['line1', 'line2']
# expect: a-b-c xy ''
# expect: a b c 0+1+2
# expect: ('k', '=', 'v')
