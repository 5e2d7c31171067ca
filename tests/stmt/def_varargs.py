# *args gathers extra positional arguments into a tuple.
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(1, 2, 3))
def head(first, *others):
    print(first, others, len(others))
head(1)
head(1, 2, 3)
args = (4, 5)
print(total(*args, 6))

# expect: 0 1 6
# expect: 1 () 0
# expect: 1 (2, 3) 2
# expect: 15
