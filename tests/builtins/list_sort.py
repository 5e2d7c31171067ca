# sort in place (with key and reverse) and sorted() returning a new list.
xs = [5, 2, 9, 1, 5]
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
words = ["pear", "Fig", "apple", "kiwi"]
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower))
print(words)
print(sorted([3.5, 1, 2]), sorted("cab"), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(xs.sort())

# expect: [1, 2, 5, 5, 9]
# expect: [9, 5, 5, 2, 1]
# expect: ['Fig', 'apple', 'kiwi', 'pear'] ['Fig', 'pear', 'kiwi', 'apple'] ['apple', 'Fig', 'kiwi', 'pear']
# expect: ['pear', 'Fig', 'apple', 'kiwi']
# expect: [1, 2, 3.5] ['a', 'b', 'c'] [(1, 'z'), (2, 'a'), (2, 'b')]
# expect: None
