# NameError messages, including a suggestion-free module-level lookup.
def f():
    return undefined_thing
try:
    f()
except NameError as e:
    print(e)
try:
    print(also_undefined)
except NameError as e:
    print(e, e.args)
print(nope)

# expect runtime error: NameError: name 'nope' is not defined. Did you mean: 'None'?
# expect: name 'undefined_thing' is not defined
# expect: name 'also_undefined' is not defined ("name 'also_undefined' is not defined",)
