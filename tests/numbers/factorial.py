# Factorials grow past 64 bits without overflow.
f = 1
for i in range(1, 31):
    f *= i
print(f)
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(50))
print(len(str(fact(200))))
# expect: 265252859812191058636308480000000
# expect: 30414093201713378043612608166064768844377641568960512000000000000
# expect: 375
