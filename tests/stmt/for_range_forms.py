# range with one, two and three arguments, including negative steps.
print(list(range(4)))
print(list(range(2, 6)))
print(list(range(0, 10, 3)))
print(list(range(5, 0, -1)))
print(list(range(10, 0, -3)))
print(list(range(3, 3)), list(range(5, 2)))
for i in range(-2, 2):
    print(i, end=",")
print()

# expect: [0, 1, 2, 3]
# expect: [2, 3, 4, 5]
# expect: [0, 3, 6, 9]
# expect: [5, 4, 3, 2, 1]
# expect: [10, 7, 4, 1]
# expect: [] []
# expect: -2,-1,0,1,
