# pop() takes slots in table order from a moving finger.
s = {5, 1, 12, 3, 40}
out = []
while s:
    out.append(s.pop())
print(out)
s = set(range(20))
print(s.pop(), s.pop(), len(s))
# expect: [1, 3, 5, 40, 12]
# expect: 0 1 18
