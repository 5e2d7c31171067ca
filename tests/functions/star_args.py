# *args collects extra positional arguments into a tuple.
def total(*nums):
    print(type(nums).__name__, len(nums))
    return sum(nums)
print(total())
print(total(1, 2, 3))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1))
print(head_tail(1, 2, 3))

# expect: tuple 0
# expect: 0
# expect: tuple 3
# expect: 6
# expect: (1, ())
# expect: (1, (2, 3))
