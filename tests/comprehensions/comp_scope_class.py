# In a class body, a comprehension sees the first iterable but not class names.
class C:
    n = 3
    xs = [i for i in range(n)]
    try:
        ys = [n for _ in range(2)]
    except NameError as e:
        err = str(e)
print(C.xs, C.err)

# expect: [0, 1, 2] name 'n' is not defined
