# isinstance and type of results that shrink back.
big = 2 ** 64
print(isinstance(big, int), type(big - big).__name__, big - big, big // big == 1)
print(int(big) == big, int(str(big)) == big, bool(big), bool(big - big))
# expect: True int 0 True
# expect: True True True False
