# str.join with lists, generators, empty input and a non-str item.
print("-".join(["a", "b", "c"]))
print("".join(reversed("stressed")))
print(", ".join(str(i) for i in range(4)))
print(repr("x".join([])), repr("x".join(["only"])))
try:
    " ".join(["a", 1])
except TypeError as e:
    print(e)

# expect: a-b-c
# expect: desserts
# expect: 0, 1, 2, 3
# expect: '' 'only'
# expect: sequence item 1: expected str instance, int found
