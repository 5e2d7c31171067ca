# Functions return None by default and can return tuples.
def nothing():
    pass
def early(x):
    if x < 0:
        return
    return x
def divmod2(a, b):
    return a // b, a % b
print(nothing(), early(-1), early(3))
q, r = divmod2(17, 5)
print(q, r, divmod2(-7, 2))

# expect: None None 3
# expect: 3 2 (-4, 1)
