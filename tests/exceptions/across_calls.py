# Exceptions unwind through several calls, running each finally on the way.
def level3():
    print("level3 raises")
    raise IndexError("deep")
def level2():
    try:
        level3()
    finally:
        print("level2 finally")
def level1():
    level2()
    print("not reached")
try:
    level1()
except IndexError as e:
    print("caught at top:", e)
print("program continues")

# expect: level3 raises
# expect: level2 finally
# expect: caught at top: deep
# expect: program continues
