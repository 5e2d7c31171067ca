# sys.exit from inside nested functions ends the program with that status.
# exit: 4
import sys
def deep(n):
    if n == 0:
        print("exiting")
        sys.exit(4)
    deep(n - 1)
deep(3)

# expect: exiting
