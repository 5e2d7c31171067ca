# finally runs on return; a return in finally overrides the earlier one.
def f():
    try:
        return "try"
    finally:
        print("cleanup f")
def g():
    try:
        return "try"
    finally:
        return "finally"
def h():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
print(f(), g(), h())
def k():
    x = "before"
    try:
        return x
    finally:
        x = "after"
print(k())

# expect: cleanup f
# expect: try finally 1
# expect: before
