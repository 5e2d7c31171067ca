# choice from lists, strings, tuples and ranges; an empty sequence is an IndexError
import random
random.seed(31)
print([random.choice([10, 20, 30]) for _ in range(8)])
print("".join(random.choice("abcdefgh") for _ in range(12)))
print(random.choice((True, False, None)), random.choice(range(1000)), random.choice(range(5, 100, 7)))
names = ["Ada", "Grace", "Linus", "Guido", "Barbara"]
print([random.choice(names) for _ in range(5)])
try:
    random.choice(5)
except TypeError as e:
    print(e)
random.choice([])
# expect: [10, 20, 10, 20, 10, 30, 10, 10]
# expect: bdccaacdhgdb
# expect: True 20 89
# expect: ['Guido', 'Linus', 'Grace', 'Grace', 'Linus']
# expect: object of type 'int' has no len()
# expect runtime error: IndexError: Cannot choose from an empty sequence
