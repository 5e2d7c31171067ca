# Building a dict from parallel lists with zip in a comprehension.
names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
people = {n: a for n, a in zip(names, ages)}
print(people)
print({n: a for n, a in people.items() if a > 30})
print(sorted(people, key=people.get))
print([n for n, a in sorted(people.items(), key=lambda kv: kv[1])])

# expect: {'ann': 31, 'bob': 25, 'cy': 40}
# expect: {'ann': 31, 'cy': 40}
# expect: ['bob', 'ann', 'cy']
# expect: ['bob', 'ann', 'cy']
