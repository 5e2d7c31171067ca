# getrandbits(k): k <= 32 from one word, 33..63 from two, low word first
import random
random.seed(7)
print([random.getrandbits(k) for k in (0, 1, 2, 5, 16, 31, 32)])
print([random.getrandbits(k) for k in (33, 40, 48, 53, 62, 63)])
print(random.getrandbits(True))
try:
    random.getrandbits(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    random.getrandbits(2.0)
except TypeError as e:
    print("TypeError:", e)
# expect: [0, 0, 3, 4, 25875, 1397871144, 207388624]
# expect: [4606078771, 105380810795, 164039256558072, 8193883021837429, 990120612517596917, 792723338049442008]
# expect: 0
# expect: ValueError: number of bits must be non-negative
# expect: TypeError: 'float' object cannot be interpreted as an integer
