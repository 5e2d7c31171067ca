# and/or return one of their operands, not necessarily a bool.
print(0 or 5, 3 or 5, 0 and 5, 3 and 5)
print("" or "default", "x" or "default")
print(None or [], [] or None, [1] and "yes")
print(0 or "" or None, 1 and 2 and 3)
def loud(v):
    print("eval", v)
    return v
print(loud(0) and loud(1))
print(loud(1) or loud(2))
print(loud(1) and loud(0) or loud(3))

# expect: 5 3 0 5
# expect: default x
# expect: [] None yes
# expect: None 3
# expect: eval 0
# expect: 0
# expect: eval 1
# expect: 1
# expect: eval 1
# expect: eval 0
# expect: eval 3
# expect: 3
