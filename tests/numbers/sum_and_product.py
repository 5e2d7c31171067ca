# sum() and a product of many ints.
print(sum([2 ** 62] * 8), sum(range(10 ** 6)) * 10 ** 15)
p = 1
for k in range(1, 40):
    p *= 2 ** k + 1
print(p % 10 ** 12, len(str(p)))
# expect: 36893488147419103232 499999500000000000000000000
# expect: 243896484375 236
