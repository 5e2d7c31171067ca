# enumerate and zip over generators stop at the shortest input.
def letters():
    yield from "abcde"
def nums():
    n = 0
    while True:
        yield n
        n += 1
print(list(zip(letters(), nums())))
print(list(enumerate(letters(), 1))[:2])
print(dict(zip(nums(), "xyz")))

# expect: [('a', 0), ('b', 1), ('c', 2), ('d', 3), ('e', 4)]
# expect: [(1, 'a'), (2, 'b')]
# expect: {0: 'x', 1: 'y', 2: 'z'}
