# Breadth-first and depth-first search through a text maze, drawing the path.
MAZE = """\
##########
#S   #   #
# ## # # #
#  #   # #
## ##### #
#      # #
# #### # #
#    #  E#
##########"""


def parse(text):
    grid = [list(row) for row in text.splitlines()]
    start = end = None
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == "S":
                start = (r, c)
            elif ch == "E":
                end = (r, c)
    return grid, start, end


def neighbours(grid, pos):
    r, c = pos
    for dr, dc in ((-1, 0), (0, 1), (1, 0), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#":
            yield nr, nc


def bfs(grid, start, end):
    queue = [start]
    came_from = {start: None}
    head = 0
    while head < len(queue):
        cur = queue[head]
        head += 1
        if cur == end:
            break
        for nxt in neighbours(grid, cur):
            if nxt not in came_from:
                came_from[nxt] = cur
                queue.append(nxt)
    if end not in came_from:
        return None, head
    path = []
    node = end
    while node is not None:
        path.append(node)
        node = came_from[node]
    return path[::-1], head


def dfs(grid, pos, end, seen):
    if pos == end:
        return [pos]
    seen.append(pos)
    for nxt in neighbours(grid, pos):
        if nxt not in seen:
            rest = dfs(grid, nxt, end, seen)
            if rest:
                return [pos] + rest
    return None


def draw(grid, path):
    canvas = [row[:] for row in grid]
    for r, c in path[1:-1]:
        canvas[r][c] = "."
    print("\n".join("".join(row) for row in canvas))


grid, start, end = parse(MAZE)
print("start", start, "end", end)
path, explored = bfs(grid, start, end)
print(f"BFS: path of {len(path) - 1} steps, explored {explored} cells")
draw(grid, path)
dpath = dfs(grid, start, end, [])
print(f"DFS: path of {len(dpath) - 1} steps")
draw(grid, dpath)
print("BFS is never longer:", len(path) <= len(dpath))
grid[5][7] = "#"
grid[3][5] = "#"
blocked, explored = bfs(grid, start, end)
print("after blocking:", blocked, "explored", explored)
