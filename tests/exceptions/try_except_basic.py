# An exception jumps to the matching except clause; the code after try continues.
try:
    print("before")
    x = 1 / 0
    print("not reached")
except ZeroDivisionError:
    print("caught")
print("after")
try:
    print("no error")
except ValueError:
    print("not reached")
print("end")

# expect: before
# expect: caught
# expect: after
# expect: no error
# expect: end
