# A traceback through sorted() calling a lambda key.
people = [("ann", 31), ("bob", None)]
print(sorted(people, key=lambda p: p[1] + 0))

# expect runtime error: TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'
