# Big int and float together: the int converts to float.
print(2 ** 70 + 0.5, 2 ** 70 * 1.5, 10 ** 20 - 1.0)
try:
    10 ** 400 * 1.0
except OverflowError as e:
    print("OverflowError", e)
# expect: 1.1805916207174113e+21 1.770887431076117e+21 1e+20
# expect: OverflowError int too large to convert to float
