# f-strings: names, expressions, conversions, mixed with text.
x = 42
name = "orrery"
d = {"k": 7}
print(f"{x}")
print(f"x is {x}, name is {name}!")
print(f"{x!r} {name!r} {name!s}")
print(f"{x + 1} {x * 2} {d['k']} {len(name)}")
print(F"upper F {x}")
print(f"{'nested quotes'}")
print(f"")
print(f"{x}{x}{x}")

# expect: 42
# expect: x is 42, name is orrery!
# expect: 42 'orrery' orrery
# expect: 43 84 7 6
# expect: upper F 42
# expect: nested quotes
# expect:
# expect: 424242
