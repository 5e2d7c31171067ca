# inf and nan print as words; nan is not equal to itself.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), repr(-inf))
print(inf > 1e308, -inf < -1e308, nan == nan, nan != nan)
print(float("-inf"), float("Infinity"), 1e400, -1e400)
print(inf - inf, inf * 0)

# expect: inf -inf nan inf -inf
# expect: True True False True
# expect: -inf inf inf -inf
# expect: nan nan
