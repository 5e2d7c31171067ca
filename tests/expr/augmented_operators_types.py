# Augmented operators on ints, floats, strings and tuples produce new values.
x = 10
x //= 3
print(x)
x **= 3
print(x)
x %= 7
print(x)
f = 1.0
f *= 2.5
print(f)
t = (1,)
u = t
t += (2,)
print(t, u)

# expect: 3
# expect: 27
# expect: 6
# expect: 2.5
# expect: (1, 2) (1,)
