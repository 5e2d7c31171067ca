# Calling a method that ints do not have.
# expect runtime error: AttributeError: 'int' object has no attribute 'foo'
n = 5
n.foo()
