# global rebinds module-level names from inside functions.
total = 0
def add(n):
    global total
    total += n
def reset():
    global total, created
    total = 0
    created = "yes"
add(5)
add(7)
print(total)
reset()
print(total, created)
def reader():
    return total + 1
print(reader())

# expect: 12
# expect: 0 yes
# expect: 1
