# The for loop variable keeps its last value after the loop.
for i in range(3):
    pass
print(i)
for ch in "xyz":
    if ch == "y":
        break
print(ch)
for k in []:
    pass
try:
    print(k)
except NameError as e:
    print(e)

# expect: 2
# expect: y
# expect: name 'k' is not defined
