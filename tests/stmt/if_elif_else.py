# if / elif / else pick the first true branch only.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in [-5, 0, 3, 100]:
    print(n, classify(n))
if 0:
    print("not printed")
if []:
    pass
else:
    print("empty list is false")
x = 5
if x > 1:
    if x > 3:
        print("nested")

# expect: -5 negative
# expect: 0 zero
# expect: 3 small
# expect: 100 large
# expect: empty list is false
# expect: nested
