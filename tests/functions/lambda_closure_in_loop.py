# Lambdas in a dict built in a loop bind the loop variable late.
ops = {}
for name, k in [("double", 2), ("triple", 3)]:
    ops[name] = lambda x, k=k: x * k
print(ops["double"](5), ops["triple"](5))
bad = {}
for name, k in [("double", 2), ("triple", 3)]:
    bad[name] = lambda x: x * k
print(bad["double"](5), bad["triple"](5))

# expect: 10 15
# expect: 15 15
