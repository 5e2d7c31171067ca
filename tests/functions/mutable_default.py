# A mutable default is created once and shared between calls.
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe(1), safe(2))

# expect: [1]
# expect: [1, 2]
# expect: [3]
# expect: [1, 2, 4]
# expect: [1] [2]
