# Attribute access, method calls and subscripts chain left to right.
data = {"names": ["ada", "grace"], "pos": (3, 4)}
print(data["names"][1])
print(data["names"][0].upper())
print(data["names"][1][0].upper() + data["names"][1][1:])
print(data["pos"][0] + data["pos"][1])
print(" a b ".strip().split(" ")[1].upper())
print(len(data["names"]), data.get("missing", [0])[0])
rows = [[1, 2], [3, 4]]
rows[1][0] = 30
print(rows, rows[-1][-1])

# expect: grace
# expect: ADA
# expect: Grace
# expect: 7
# expect: B
# expect: 2 0
# expect: [[1, 2], [30, 4]] 4
