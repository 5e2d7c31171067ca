# discard ignores missing keys; remove raises KeyError.
s = {1, 2, 3}
s.discard(5)
s.discard(2)
print(s)
try:
    s.remove(7)
except KeyError as e:
    print("KeyError", e)
# expect: {1, 3}
# expect: KeyError 7
