# An uncaught SyntaxError found by the parser in exec() of a string: the
# text is the tokenizer's line, and the caret counts characters ("é" is
# two bytes).
print("before")
exec("s = 'é'\nt = ('ü', 'ö') 'x'\n")
# exit: 1
