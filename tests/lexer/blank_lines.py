# Blank lines and whitespace-only lines inside blocks do not end them.
def f():
    a = 1

    b = 2
      
    return a + b


print(f())
while True:

    print("loop body")

    break

# expect: 3
# expect: loop body
