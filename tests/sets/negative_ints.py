# Negative ints: hash(-1) is -2, so -1 and -2 collide.
print({-1, -2, -3})
print({-2, -1})
print({-100, 100, -7, 7})
# expect: {-3, -1, -2}
# expect: {-2, -1}
# expect: {-7, 100, -100, 7}
