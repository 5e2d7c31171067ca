# __index__ lets an object be used as a list index and in range/bin.
class Two:
    def __index__(self):
        return 2
xs = ["a", "b", "c", "d"]
print(xs[Two()], xs[:Two()], list(range(Two())), bin(Two()), hex(Two()))
class Int3:
    def __int__(self):
        return 3
    def __float__(self):
        return 3.5
print(int(Int3()), float(Int3()))

# expect: c ['a', 'b'] [0, 1] 0b10 0x2
# expect: 3 3.5
