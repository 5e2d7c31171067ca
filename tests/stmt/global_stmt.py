# global lets a function rebind a module-level name; reading needs no global.
counter = 0
def bump():
    global counter
    counter += 1
def read():
    return counter
bump()
bump()
print(counter, read())
def make():
    global created
    created = "yes"
make()
print(created)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)

# expect: 2 2
# expect: yes
# expect: 100 2
