# The format() built-in and __format__ on a user class.
print(format(3.14159, ".2f"), format(42, "x"), format("s", ">3"), format(7))
class Money:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == "short":
            return f"${self.c // 100}"
        return f"${self.c / 100:.2f}"
m = Money(1234)
print(f"{m} {m:short}", format(m), "{:short}".format(m))

# expect: 3.14 2a   s 7
# expect: $12.34 $12 $12.34 $12
