# Adding an int and a str.
# expect runtime error: TypeError: unsupported operand type(s) for +: 'int' and 'str'
x = 1
y = "two"
z = x + y
