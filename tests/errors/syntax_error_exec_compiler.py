# An uncaught SyntaxError found by the compiler in exec() of a string:
# CPython reads its text from the file named "<string>", which does not
# exist, so text is None and no source line or caret is printed.
print("before")
exec("x = 1\nif x:\n    break\n")
# exit: 1
