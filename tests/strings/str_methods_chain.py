# Chaining string methods to normalise user input.
raw = ["  Alice SMITH ", "bob   jones", "  CAROL  de la cruz"]
for r in raw:
    parts = r.strip().split()
    print(" ".join(p.capitalize() for p in parts), "|", "_".join(parts).lower())

# expect: Alice Smith | alice_smith
# expect: Bob Jones | bob_jones
# expect: Carol De La Cruz | carol_de_la_cruz
