# Conway's game of life on a small wrapping grid, printed generation by generation.
def parse(picture):
    return [[ch == "#" for ch in line] for line in picture.strip("\n").split("\n")]


def show(grid, gen):
    alive = sum(sum(row) for row in grid)
    print(f"generation {gen}: {alive} alive")
    for row in grid:
        print("".join("#" if c else "." for c in row))


def neighbours(grid, r, c):
    rows, cols = len(grid), len(grid[0])
    count = 0
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr or dc:
                count += grid[(r + dr) % rows][(c + dc) % cols]
    return count


def step(grid):
    new = []
    for r, row in enumerate(grid):
        new_row = []
        for c, cell in enumerate(row):
            n = neighbours(grid, r, c)
            new_row.append(n == 3 or (cell and n == 2))
        new.append(new_row)
    return new


glider = parse("""
.#......
..#.....
###.....
........
........
........
""")
grid = glider
for gen in range(5):
    show(grid, gen)
    grid = step(grid)

blinker = parse("""
.....
..#..
..#..
..#..
.....
""")
states = [blinker]
for _ in range(4):
    states.append(step(states[-1]))
print("blinker period 2:", states[0] == states[2] == states[4], states[0] != states[1])
block = parse("""
....
.##.
.##.
....
""")
print("block is still life:", step(block) == block)

seen = {}
g = parse("""
..........
...##.....
..##......
...#......
..........
..........
""")
for gen in range(60):
    key = tuple(tuple(row) for row in g)
    if key in seen:
        print(f"r-pentomino-like pattern repeats: gen {gen} equals gen {seen[key]}")
        break
    seen[key] = gen
    g = step(g)
else:
    print("no repeat within 60 generations")
show(g, gen)
