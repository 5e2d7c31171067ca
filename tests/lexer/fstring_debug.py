# The = specifier prints the expression text and its repr.
x = 42
s = "hi"
print(f"{x=}")
print(f"{s=}")
print(f"{x + 1=}")
print(f"{x = }")
print(f"{s=!s}")
print(f"{x=:>5}")

# expect: x=42
# expect: s='hi'
# expect: x + 1=43
# expect: x = 42
# expect: s=hi
# expect: x=   42
