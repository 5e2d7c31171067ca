# Nested replacement fields inside a format spec.
x = 3.14159
w = 10
p = 3
print(f"[{x:{w}}]")
print(f"[{x:{w}.{p}f}]")
print(f"[{'hi':>{w}}]")
for width in range(3, 6):
    print(f"[{7:{width}}]")

# expect: [   3.14159]
# expect: [     3.142]
# expect: [        hi]
# expect: [  7]
# expect: [   7]
# expect: [    7]
