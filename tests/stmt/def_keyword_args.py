# Keyword arguments can be given in any order, after positional ones.
def describe(name, age, city="nowhere"):
    return name + " " + str(age) + " " + city
print(describe("ada", 36))
print(describe(age=36, name="ada"))
print(describe("ada", city="london", age=36))
def only_kw(a, *, b=2):
    return a + b
print(only_kw(1), only_kw(1, b=5))

# expect: ada 36 nowhere
# expect: ada 36 nowhere
# expect: ada 36 london
# expect: 3 6
