# An uncaught string IndexError with its traceback.
# The full traceback is checked in the .err file.
word = "abc"
print(word[2])
print(word[3])

# expect runtime error: IndexError: string index out of range
# expect: c
