# A set as an element of a set display.
x = {{1, 2}, 3}
# expect runtime error: TypeError: unhashable type: 'set'
