# An undefined name at module level.
# expect runtime error: NameError: name 'undefined_name' is not defined
print("start")
print(undefined_name)

# expect: start
