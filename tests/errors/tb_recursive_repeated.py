# A deep but finite recursion that fails prints "[Previous line repeated N more times]".
def down(n):
    if n == 0:
        return 1 / n
    return down(n - 1)
down(20)

# expect runtime error: ZeroDivisionError: division by zero
