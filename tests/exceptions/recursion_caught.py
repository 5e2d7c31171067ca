# RecursionError can be caught; the depth reached matches CPython's limit of 1000.
import sys

def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n

print(sys.getrecursionlimit())
print(depth(0))
# expect: 1000
# expect: 998
