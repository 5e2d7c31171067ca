# Semicolons separate simple statements on one line.
x = 1; y = 2; print(x + y)
print("a"); print("b");
if x: print("one"); print("two")
for i in range(2): print(i); print(-i)

# expect: 3
# expect: a
# expect: b
# expect: one
# expect: two
# expect: 0
# expect: 0
# expect: 1
# expect: -1
