# Triple-quoted strings keep newlines; implicit concatenation joins literals.
s = """line one
  line two
line three"""
print(s)
print(len(s.splitlines()))
t = ("part one, "
     "part two")
print(t)
u = "a" "b" 'c'
print(u)
print("""it's "quoted" """.strip())

# expect: line one
# expect:   line two
# expect: line three
# expect: 3
# expect: part one, part two
# expect: abc
# expect: it's "quoted"
