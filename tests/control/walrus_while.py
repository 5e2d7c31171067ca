# The walrus operator in while conditions.
data = [3, 1, 4, 1, 5, 0, 9]
i = 0
while (v := data[i]) != 0:
    print("value", v)
    i += 1
print("stopped at index", i)
if (n := len(data)) > 5:
    print("long list", n)

# expect: value 3
# expect: value 1
# expect: value 4
# expect: value 1
# expect: value 5
# expect: stopped at index 5
# expect: long list 7
