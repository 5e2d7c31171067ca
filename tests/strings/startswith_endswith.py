# startswith/endswith with strings, tuples and ranges.
f = "report_2024.csv"
print(f.startswith("report"), f.endswith(".csv"), f.endswith((".txt", ".csv")))
print(f.startswith("2024", 7), f.startswith(("a", "b")), "".startswith(""))
print("abc".endswith("b", 0, 2))
try:
    f.startswith(["r"])
except TypeError as e:
    print(e)

# expect: True True True
# expect: True False True
# expect: True
# expect: startswith first arg must be str or a tuple of str, not list
