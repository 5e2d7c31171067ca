# A global declared but never assigned raises NameError when read.
def f():
    global never_set
    return never_set
try:
    f()
except NameError as e:
    print(e)
def g():
    global later
    later = "now set"
g()
print(later)

# expect: name 'never_set' is not defined
# expect: now set
