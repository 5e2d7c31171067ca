# print with no arguments, several arguments, sep and end.
print()
print("a", "b", "c")
print(1, 2.5, None, True, [1], (2,), {"k": 3})
print("a", "b", sep="")
print("a", "b", sep=", ")
print("no newline", end="")
print(" -- continued")
print("x", end="|")
print("y", "z", sep="+", end="\n")
print(sep="-", end="end\n")
print("a", "b", sep=None, end=None)

# expect:
# expect: a b c
# expect: 1 2.5 None True [1] (2,) {'k': 3}
# expect: ab
# expect: a, b
# expect: no newline -- continued
# expect: x|y+z
# expect: end
# expect: a b
