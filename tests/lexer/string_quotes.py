# Single, double and triple quotes, and quotes inside the other kind.
print('single')
print("double")
print('it"s', "it's")
print('''triple single''')
print("""triple double""")
print("""a "quoted" word and 'another' one""")
print('''line one
line two
  line three''')
print('')
print("")

# expect: single
# expect: double
# expect: it"s it's
# expect: triple single
# expect: triple double
# expect: a "quoted" word and 'another' one
# expect: line one
# expect: line two
# expect:   line three
# expect:
# expect:
