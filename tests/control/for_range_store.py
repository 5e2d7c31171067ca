# `for i in range(...)` stores each int straight into the loop variable
# (FOR_ITER fused with its STORE_FAST): steps, empty ranges, huge bounds,
# the variable after the loop, break/else, and other iterables.
def ranges():
    out = []
    for i in range(3):
        out.append(i)
    for i in range(10, 0, -3):
        out.append(i)
    for i in range(5, 5):
        out.append("never")
    for i in range(2 ** 62, 2 ** 62 + 2):
        out.append(i)
    for i in range(-2 ** 63, -2 ** 63 + 1):
        out.append(i)
    out.append(i)
    return out


def unbound_after_empty():
    for j in range(0):
        pass
    return j


def loops():
    out = []
    for k in range(10):
        if k == 3:
            break
    else:
        out.append("no break")
    out.append(k)
    for k in range(2):
        pass
    else:
        out.append("else ran")
    for c in "ab":
        out.append(c)
    for a, b in zip(range(2), "xy"):
        out.append((a, b))
    total = 0
    for n in range(1, 101):
        total += n
    out.append(total)
    return out


print(ranges())
print(loops())
try:
    unbound_after_empty()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
# expect: [0, 1, 2, 10, 7, 4, 1, 4611686018427387904, 4611686018427387905, -9223372036854775808, -9223372036854775808]
# expect: [3, 'else ran', 'a', 'b', (0, 'x'), (1, 'y'), 5050]
# expect: UnboundLocalError: cannot access local variable 'j' where it is not associated with a value
