# a tutorial-style simulation: dice rolls, a shuffled deck, a random walk
import random
random.seed(2023)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
print({total: rolls.count(total) for total in range(2, 13)})
deck = list(range(1, 53))
random.shuffle(deck)
hand = deck[:5]
print(hand, sorted(hand))
pos = 0
for step in range(100):
    pos += random.choice([-1, 1])
print(pos)
secret = random.randint(1, 100)
print(secret)
winners = random.sample(["ann", "bob", "cyd", "dee", "eve", "fay"], 3)
print(winners)
print(f"{random.random():.3f}", round(random.uniform(10, 20), 2))
# expect: {2: 31, 3: 58, 4: 85, 5: 97, 6: 144, 7: 152, 8: 144, 9: 117, 10: 98, 11: 57, 12: 17}
# expect: [10, 35, 40, 6, 8] [6, 8, 10, 35, 40]
# expect: -16
# expect: 100
# expect: ['dee', 'bob', 'fay']
# expect: 0.588 12.45
