# randrange with one, two and three arguments, negative steps, keywords
import random
random.seed(99)
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 15) for _ in range(10)])
print([random.randrange(0, 100, 5) for _ in range(8)])
print([random.randrange(100, 0, -7) for _ in range(8)])
print([random.randrange(-20, -10, 3) for _ in range(8)])
print(random.randrange(start=3, stop=9, step=2), random.randrange(10, step=1))
print(random.randrange(1), random.randrange(2**62 - 1 + 2**62), random.randrange(-2**62 * 2, 2**62))
print(random.randrange(True, 5), random.randrange(10, None))
# expect: [6, 6, 3, 9, 2, 3, 3, 2, 1, 4]
# expect: [11, 13, 13, 6, 14, 12, 8, 11, 14, 14]
# expect: [30, 55, 60, 30, 20, 70, 25, 90]
# expect: [65, 93, 23, 44, 30, 16, 93, 51]
# expect: [-14, -11, -20, -14, -20, -11, -17, -14]
# expect: 7 1
# expect: 0 8303269338518295184 1946299877398240565
# expect: 4 0
