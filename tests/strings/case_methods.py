# upper, lower, title, capitalize, swapcase, casefold.
s = "hello wORLD it's 3rd-party"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print("ß".upper(), "ÉCOLE".lower(), "Straße".casefold())

# expect: HELLO WORLD IT'S 3RD-PARTY
# expect: hello world it's 3rd-party
# expect: Hello World It'S 3Rd-Party
# expect: Hello world it's 3rd-party
# expect: HELLO World IT'S 3RD-PARTY
# expect: SS école strasse
