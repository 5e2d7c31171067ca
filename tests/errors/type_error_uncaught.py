# An uncaught TypeError from an operator in an f-string expression.
count = 3
label = "items: " + count

# expect runtime error: TypeError: can only concatenate str (not "int") to str
