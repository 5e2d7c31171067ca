# __notes__: several notes, a multi-line one and an empty one, printed after the message and after a suggestion.
e = ValueError("x")
try:
    e.add_note(5)
except TypeError as t:
    print(t)
try:
    e.add_note()
except TypeError as t:
    print(t)
print(hasattr(e, "__notes__"))
try:
    [].apend
except AttributeError as err:
    err.add_note("first")
    err.add_note("two\nlines")
    err.add_note("")
    err.add_note("last")
    print(err.__notes__)
    raise

# expect runtime error: last
# expect: note must be a str, not 'int'
# expect: BaseException.add_note() takes exactly one argument (0 given)
# expect: False
# expect: ['first', 'two\nlines', '', 'last']
