# Key functions of several kinds for sorted, min and max.
words = ["banana", "Apple", "cherry", "date", "Fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower()), reverse=True))
print(min(words, key=len), max(words, key=lambda w: w[-1]))

# expect: ['Apple', 'Fig', 'banana', 'cherry', 'date']
# expect: ['Apple', 'banana', 'cherry', 'date', 'Fig']
# expect: ['Fig', 'date', 'Apple', 'banana', 'cherry']
# expect: ['cherry', 'banana', 'Apple', 'date', 'Fig']
# expect: Fig cherry
