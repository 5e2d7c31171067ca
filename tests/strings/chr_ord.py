# chr and ord round-trip, and errors.
print([ord(c) for c in "AZaz09"])
print("".join(chr(c) for c in range(97, 103)))
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)

# expect: [65, 90, 97, 122, 48, 57]
# expect: abcdef
# expect: ord() expected a character, but string of length 2 found
# expect: chr() arg not in range(0x110000)
