# A big int index cannot address a list.
xs = [1, 2, 3]
print(xs[:2 ** 100], xs[-2 ** 100:], "abc"[2 ** 70:])
print(xs[2 ** 64])
# expect: [1, 2, 3] [1, 2, 3] 
# expect runtime error: IndexError: cannot fit 'int' into an index-sized integer
