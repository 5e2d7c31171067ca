# A syntax error in source given to exec(): CPython's report, with the line
# of the string and its caret.
# exit: 1
x = 1
exec('y = 2\nz = (1 +')
