# Doubled braces are literal braces in f-strings (and plain strings).
x = 5
print(f"{{}}")
print(f"{{x}} = {x}")
print(f"{{{x}}}")
print("{{not an f-string}}")
print(f"a{{b")

# expect: {}
# expect: {x} = 5
# expect: {5}
# expect: {{not an f-string}}
# expect: a{b
