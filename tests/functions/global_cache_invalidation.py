# Globals and builtins read in a loop see rebinding, deletion and shadowing at once (LOAD_GLOBAL's cache).
# (orrery has no builtins module: shadowing goes through the module's globals.)
x = 1
def read():
    return x
print([read() for _ in range(3)])
x = 2
print(read())
del x
try:
    read()
except NameError as e:
    print(e)

def use_len():
    return len("abc")
print(use_len(), use_len())
len = lambda s: 99
print(use_len())
del len
print(use_len())
globals()["len"] = lambda s: -1
print(use_len())
del globals()["len"]
print(use_len())

def counter():
    global n
    n += 1
    return n
n = 0
print([counter() for _ in range(5)])
# expect: [1, 1, 1]
# expect: 2
# expect: name 'x' is not defined
# expect: 3 3
# expect: 99
# expect: 3
# expect: -1
# expect: 3
# expect: [1, 2, 3, 4, 5]
