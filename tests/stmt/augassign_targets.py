# Augmented assignment on subscripts and attributes evaluates the target once.
xs = [1, 2, 3]
xs[0] += 10
xs[-1] *= 2
print(xs)
d = {"n": 1}
d["n"] += 1
print(d)
def idx():
    print("idx evaluated")
    return 1
xs[idx()] -= 5
print(xs)
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
print(grid)
import sys
sys.orrery_counter = 1
sys.orrery_counter += 41
print(sys.orrery_counter)

# expect: [11, 2, 6]
# expect: {'n': 2}
# expect: idx evaluated
# expect: [11, -3, 6]
# expect: [[0, 0], [7, 0]]
# expect: 42
