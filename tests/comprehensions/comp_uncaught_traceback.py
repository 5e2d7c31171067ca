# A traceback from inside a list comprehension shows the <listcomp> frame.
# The full traceback is checked in the .err file.
def parse(items):
    return [int(s) for s in items]
print(parse(["1", "2"]))
parse(["3", "four"])

# expect runtime error: ValueError: invalid literal for int() with base 10: 'four'
# expect: [1, 2]
