# Windows line endings (CRLF) are accepted.
x = 1
if x:
    print("crlf ok")
print(x + 1)

# expect: crlf ok
# expect: 2
