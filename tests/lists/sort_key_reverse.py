# list.sort with key and reverse; sorted returns a new list.
people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 19)]
people.sort(key=lambda p: p[1])
print(people)
people.sort(key=lambda p: p[1], reverse=True)
print(people)
nums = [5, -3, 2, -8, 0]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True), nums)
print(nums.sort(), nums)

# expect: [('dee', 19), ('bob', 25), ('ann', 31), ('cy', 31)]
# expect: [('ann', 31), ('cy', 31), ('bob', 25), ('dee', 19)]
# expect: [-8, -3, 0, 2, 5] [0, 2, -3, 5, -8] [5, 2, 0, -3, -8] [5, -3, 2, -8, 0]
# expect: None [-8, -3, 0, 2, 5]
