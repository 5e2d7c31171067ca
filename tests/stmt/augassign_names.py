# Augmented assignment on local and global names.
count = 0
for i in range(5):
    count += i
print(count)
def f():
    n = 10
    n -= 3
    n *= 2
    return n
print(f())
s = "a"
s *= 3
print(s)

# expect: 10
# expect: 14
# expect: aaa
