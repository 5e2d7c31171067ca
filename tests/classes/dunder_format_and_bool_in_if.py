# Operators on user objects inside f-strings and conditions.
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        return format(self.c, spec) + "C"
    def __bool__(self):
        return self.c != 0
    def __lt__(self, o):
        return self.c < o.c
for t in [Temp(21.456), Temp(0)]:
    print(f"{t:.1f}", "on" if t else "off")
print(min(Temp(3), Temp(1)).c)

# expect: 21.5C on
# expect: 0.0C off
# expect: 1
