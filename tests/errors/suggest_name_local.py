# NameError "Did you mean": a local of the raising function wins over globals and builtins.
def total(count):
    counter = 0
    return coutn + counter

try:
    total(1)
except NameError as e:
    print(e, "|", e.name)          # the suggestion is not part of str(e)
print(NameError("plain").name)
total(2)

# expect runtime error: NameError: name 'coutn' is not defined. Did you mean: 'count'?
# expect: name 'coutn' is not defined | coutn
# expect: None
