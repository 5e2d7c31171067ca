# list.sort: while it sorts the list looks empty to the key function, and
# changing it raises ValueError afterwards (the sorted items stay).
seen = []
data = [3, 1, 2]
def key(x):
    seen.append(len(data))
    return x
data.sort(key=key)
print(data, seen)

data = [3, 1, 2]
def grow(x):
    data.append(x)
    return x
try:
    data.sort(key=grow)
except ValueError as e:
    print("ValueError:", e)
print(data)

data = [5, 4]
def add_and_remove(x):
    data.append(0)
    data.pop()
    return x
try:
    data.sort(key=add_and_remove)
except ValueError as e:
    print("ValueError:", e)
print(data)

data = [2, 1, "x"]
try:
    data.sort()
except TypeError as e:
    print("TypeError:", e)
print(len(data))
# expect: [1, 2, 3] [0, 0, 0]
# expect: ValueError: list modified during sort
# expect: [1, 2, 3]
# expect: ValueError: list modified during sort
# expect: [4, 5]
# expect: TypeError: '<' not supported between instances of 'str' and 'int'
# expect: 3
