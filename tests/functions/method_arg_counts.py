# Argument-count errors of str, list and dict methods without or with exactly one argument.
def show(call):
    try:
        call()
    except TypeError as e:
        print(e)
show(lambda: "x".upper(1)); show(lambda: "x".isdigit(1, 2)); show(lambda: "x".lower(a=1)); show(lambda: "x".isascii(3))
show(lambda: [].count()); show(lambda: [].reverse(1)); show(lambda: [].copy(1)); show(lambda: [].clear(2))
show(lambda: {}.keys(1)); show(lambda: {}.items(1)); show(lambda: {}.popitem(1)); show(lambda: {}.clear(1)); show(lambda: [].append(1, 2)); show(lambda: [].extend())

# expect: str.upper() takes no arguments (1 given)
# expect: str.isdigit() takes no arguments (2 given)
# expect: str.lower() takes no keyword arguments
# expect: str.isascii() takes no arguments (1 given)
# expect: list.count() takes exactly one argument (0 given)
# expect: list.reverse() takes no arguments (1 given)
# expect: list.copy() takes no arguments (1 given)
# expect: list.clear() takes no arguments (1 given)
# expect: dict.keys() takes no arguments (1 given)
# expect: dict.items() takes no arguments (1 given)
# expect: dict.popitem() takes no arguments (1 given)
# expect: dict.clear() takes no arguments (1 given)
# expect: list.append() takes exactly one argument (2 given)
# expect: list.extend() takes exactly one argument (0 given)
