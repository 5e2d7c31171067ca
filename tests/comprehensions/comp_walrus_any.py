# A walrus inside any() captures the witness.
nums = [4, 8, 15, 16, 23, 42]
if any((hit := n) % 5 == 0 for n in nums):
    print("first multiple of 5:", hit)
if not all((bad := n) < 20 for n in nums):
    print("first >= 20:", bad)

# expect: first multiple of 5: 15
# expect: first >= 20: 23
