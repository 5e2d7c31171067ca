# IndexError messages for lists, tuples, strings and ranges.
def show(f):
    try:
        f()
    except IndexError as e:
        print(e)
show(lambda: [1, 2][2])
show(lambda: [1, 2][-3])
show(lambda: (1,)[5])
show(lambda: "ab"[9])
show(lambda: range(3)[3])
show(lambda: [].pop())

# expect: list index out of range
# expect: list index out of range
# expect: tuple index out of range
# expect: string index out of range
# expect: range object index out of range
# expect: pop from empty list
