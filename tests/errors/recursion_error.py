# RecursionError is caught and reported without the huge traceback.
def infinite(n):
    return infinite(n + 1) + 1
try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))
    print(isinstance(e, RuntimeError))
def countdown(n):
    return n if n == 0 else countdown(n - 1)
print(countdown(200))

# expect: RecursionError True
# expect: True
# expect: 0
