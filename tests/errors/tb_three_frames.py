# A traceback through three function frames with position markers.
def parse(s):
    return int(s)
def load(items):
    return [parse(x) for x in items][0] + parse(items[-1])
def main():
    total = load(["1", "x"])
    print(total)
main()

# expect runtime error: ValueError: invalid literal for int() with base 10: 'x'
