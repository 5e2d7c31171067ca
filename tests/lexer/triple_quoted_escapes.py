# Triple-quoted strings: escaped newline, embedded quotes, escapes still work.
s = """one \
two
three\tfour"""
print(s)
print(repr('''it's "fine"'''))
print(len("""
"""))
print("""ends with quote\"""")

# expect: one two
# expect: three	four
# expect: 'it\'s "fine"'
# expect: 1
# expect: ends with quote"
