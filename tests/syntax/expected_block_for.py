# A 'for' whose body is not indented.
# expect error: IndentationError: expected an indented block after 'for' statement on line 4
# expect error line: 5
for i in range(3):
print(i)
