# Unbounded recursion: RecursionError, and a traceback whose repeated lines are folded.
def down(n):
    return down(n + 1)

print("start")
down(0)
# expect: start
# expect runtime error: RecursionError: maximum recursion depth exceeded
