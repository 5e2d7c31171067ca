# match statement with literal, capture, sequence and class patterns.
# skip: the match statement is outside orrery's language subset (docs/language.md)
def describe(x):
    match x:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case [a, b]:
            return f"pair {a},{b}"
        case [first, *rest]:
            return f"list starting {first} with {len(rest)} more"
        case {"name": name}:
            return f"named {name}"
        case str() | bytes():
            return "text"
        case _:
            return "other"
for v in [0, -3, [1, 2], [1, 2, 3], {"name": "x", "age": 3}, "s", 4.5]:
    print(describe(v))

# expect: zero
# expect: negative -3
# expect: pair 1,2
# expect: list starting 1 with 2 more
# expect: named x
# expect: text
# expect: other
