# print uses str(); containers show the repr() of their items.
print("quoted?", ["quoted?"], ("x",), {"k": "v"})
print(str("s"), repr("s"))
print([1.0, "1", 1], [None, True])
print(["it's"], ['say "hi"'], ["both ' and \""])

# expect: quoted? ['quoted?'] ('x',) {'k': 'v'}
# expect: s 's'
# expect: [1.0, '1', 1] [None, True]
# expect: ["it's"] ['say "hi"'] ['both \' and "']
