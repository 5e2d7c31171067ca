# An uncaught SyntaxError found by the tokenizer in exec() of a string:
# the text is the line without its newline, one caret at the quote.
print("before")
exec("x = 1\ny = 'ü\n")
# exit: 1
