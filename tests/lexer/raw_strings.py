# Raw strings keep backslashes; r and R prefixes, raw triple quotes.
print(r'\n is not a newline')
print(R"\t\\")
print(len(r'\n'), len('\n'))
print(r'\'')
print(repr(r'a\b'))
print(r"""raw\ttriple""")

# expect: \n is not a newline
# expect: \t\\
# expect: 2 1
# expect: \'
# expect: 'a\\b'
# expect: raw\ttriple
