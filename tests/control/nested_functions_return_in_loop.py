# return from inside nested loops exits the function immediately.
def find(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
g = [[1, 2], [3, 4], [5, 6]]
print(find(g, 4), find(g, 7))

# expect: (1, 1) None
