# A lambda frame appears as <lambda> in the traceback.
double = lambda x: x * 2 + undefined_name
print(list(map(double, [1])))

# expect runtime error: NameError: name 'undefined_name' is not defined
