# shuffle lists of many lengths in place; shuffle returns None
import random
random.seed(17)
for n in [0, 1, 2, 3, 5, 10, 52]:
    x = list(range(n))
    r = random.shuffle(x)
    print(n, r, x)
cards = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.seed(1)
random.shuffle(cards)
print(cards[:5])
# expect: 0 None []
# expect: 1 None [0]
# expect: 2 None [0, 1]
# expect: 3 None [0, 2, 1]
# expect: 5 None [0, 3, 4, 1, 2]
# expect: 10 None [8, 9, 4, 2, 6, 5, 7, 3, 0, 1]
# expect: 52 None [14, 36, 23, 17, 2, 28, 44, 27, 24, 45, 6, 22, 50, 42, 32, 15, 29, 31, 1, 18, 11, 33, 0, 10, 16, 39, 48, 38, 51, 37, 20, 30, 5, 26, 19, 4, 7, 41, 21, 13, 49, 34, 9, 12, 47, 3, 35, 8, 25, 46, 43, 40]
# expect: ['JC', 'TS', 'QD', 'TH', '3S']
