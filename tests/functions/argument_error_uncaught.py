# An uncaught argument error and its traceback.
def area(w, h):
    return w * h
print(area(2, 3))
area(2)

# expect runtime error: TypeError: area() missing 1 required positional argument: 'h'
# expect: 6
