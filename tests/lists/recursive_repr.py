# A list containing itself prints as [...].
a = [1, 2]
a.append(a)
print(a)
b = {"self": None}
b["self"] = b
print(b)
c = [[]]
c[0].append(c)
print(c)

# expect: [1, 2, [...]]
# expect: {'self': {...}}
# expect: [[[...]]]
