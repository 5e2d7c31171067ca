# float() of big ints; ints too large for a float.
print(float(2 ** 100), float(-(10 ** 30)), float(2 ** 53 + 1))
print(float(10 ** 308))
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
# expect: 1.2676506002282294e+30 -1e+30 9007199254740992.0
# expect: 1e+308
# expect: int too large to convert to float
